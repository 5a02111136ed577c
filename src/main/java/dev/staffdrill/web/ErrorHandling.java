package dev.staffdrill.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error is rendered once, here: HTML in the layout for pages, JSON for API calls. A
 * stack trace goes to the log, never to the browser.
 */
public final class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    private final Views views;
    private final Pages pages;

    public ErrorHandling(Views views, Pages pages) {
        this.views = views;
        this.pages = pages;
    }

    public void register(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, e.getStatus(), message(e)));
        config.routes.exception(io.javalin.validation.ValidationException.class,
                (e, ctx) -> render(ctx, 400, "A value in the request is not valid: " + String.join(", ", e.getErrors().keySet()) + "."));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            render(ctx, 500, "Something went wrong on our side. Your work is saved; try again in a moment.");
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                render(ctx, 404, NOTHING_HERE);
            }
        });
    }

    static final String NOTHING_HERE = "There is nothing here, or it is not yours to see.";

    /**
     * The handler's own words, except the router's "Endpoint GET /x not found" and a bare "Not
     * found", which tell a person nothing.
     */
    static String message(HttpResponseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e.getStatus() == 404 && (m.isBlank() || m.equalsIgnoreCase("Not found")
                || (m.startsWith("Endpoint ") && m.endsWith(" not found")))) {
            return NOTHING_HERE;
        }
        return m;
    }

    private void render(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(java.util.Map.of("error", message, "status", status));
            return;
        }
        String heading = switch (status) {
            case 400 -> "That request could not be used";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 429 -> "Slow down";
            default -> status >= 500 ? "Server error" : "Request failed";
        };
        try {
            views.html(ctx, "error.jte", new ErrorPage(pages.shell(ctx, heading), status, heading, message));
        } catch (RuntimeException renderFailure) {
            LOG.error("error page failed to render", renderFailure);
            ctx.contentType("text/plain").result(heading + ": " + message);
        }
    }

    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.contains("application/json")
                && !accept.contains("text/html"));
    }
}
