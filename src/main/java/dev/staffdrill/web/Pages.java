package dev.staffdrill.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/** Builds the {@link Shell} every page record carries, from the request's session. */
public final class Pages {
    private static final String FLASH = "sd_flash";
    private final Function<Context, Shell.Identity> identity;
    private final Supplier<String> graderMode;
    private final boolean localMode;
    private final Function<Context, Shell.Badges> badges;

    public Pages(Function<Context, Shell.Identity> identity, Supplier<String> graderMode, boolean localMode) {
        this(identity, graderMode, localMode, ctx -> Shell.Badges.NONE);
    }

    public Pages(Function<Context, Shell.Identity> identity, Supplier<String> graderMode, boolean localMode,
                 Function<Context, Shell.Badges> badges) {
        this.identity = identity;
        this.graderMode = graderMode;
        this.localMode = localMode;
        this.badges = badges;
    }

    public Shell shell(Context ctx, String title) {
        Shell.Identity id = identity.apply(ctx);
        Shell.Badges b = id.name().isEmpty() ? Shell.Badges.NONE : badges.apply(ctx);
        return new Shell(title, id.name(), id.role(), id.csrfToken(), flash(ctx), graderMode.get(), localMode,
                b.assignments(), b.reviews());
    }

    /** Redirects, showing {@code message} once on the next page this browser loads. */
    public static void redirectWithNotice(Context ctx, String location, String message) {
        ctx.cookie(new Cookie(FLASH, URLEncoder.encode(message, StandardCharsets.UTF_8), "/", 60, false, true,
                null, SameSite.LAX));
        ctx.redirect(location);
    }

    private static String flash(Context ctx) {
        String raw = ctx.cookie(FLASH);
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        ctx.removeCookie(FLASH, "/");
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
