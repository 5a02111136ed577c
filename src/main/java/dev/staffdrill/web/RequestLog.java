package dev.staffdrill.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * One structured line per request. Only the path is logged, never the query string, headers,
 * cookies or body: those may carry join codes, session ids or passwords.
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("staffdrill.http");

    private RequestLog() {
    }

    public static void log(Context ctx, Float ms) {
        Object user = ctx.attribute(WebAttributes.USER_ID);
        LOG.info(String.format(Locale.ROOT, "method=%s path=%s status=%d ms=%.1f user=%s",
                ctx.method(), ctx.path(), ctx.statusCode(), ms, user == null ? "-" : user));
    }
}
