package dev.staffdrill.account;

import dev.staffdrill.web.Access;
import dev.staffdrill.web.Shell;
import dev.staffdrill.web.WebAttributes;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Authentication, authorization and CSRF in one place. Routes declare an {@link Access}; this
 * filter resolves the session, enforces the role, and checks the CSRF token on every
 * state-changing request. Anything a user may not see answers 404, so ids cannot be probed.
 */
public final class Auth {
    static final String SESSION_COOKIE = "sd_session";
    static final String ANON_CSRF_COOKIE = "sd_csrf";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Sessions sessions;
    private final boolean secureCookies;
    private final LocalLearner localLearner; // null unless single-learner mode is on

    /** The signed-in user for this request. */
    public record Current(User user, Sessions.Session session) {
    }

    public Auth(Sessions sessions, boolean secureCookies, LocalLearner localLearner) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.localLearner = localLearner;
    }

    /** Before every request: who is this, and is the CSRF token right if it changes anything. */
    public void resolve(Context ctx) {
        Current current = sessions.findSignedIn(ctx.cookie(SESSION_COOKIE))
                .map(s -> new Current(s.user(), s.session()))
                .orElse(null);
        if (current == null && localLearner != null && !isStatic(ctx)) {
            current = signIn(ctx, localLearner.user());
        }
        if (current != null) {
            ctx.attribute(WebAttributes.SESSION, current);
            ctx.attribute(WebAttributes.USER_ID, current.user().id());
        }
        if (!SAFE.contains(ctx.method()) && !csrfOk(ctx, current)) {
            throw new ForbiddenResponse("The form was stale or came from elsewhere (CSRF check failed). "
                    + "Reload the page and try again; nothing was changed.");
        }
    }

    /** Before a matched route: does its declared access allow this user. */
    public void authorize(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        Current current = ctx.attribute(WebAttributes.SESSION);
        if (roles.isEmpty()) {
            throw new NotFoundResponse(); // a route that forgot to declare access is closed, not open
        }
        if (current == null) {
            if (SAFE.contains(ctx.method()) && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new io.javalin.http.UnauthorizedResponse("Log in first.");
        }
        Role role = current.user().role();
        boolean allowed = roles.contains(Access.LEARNER)
                || roles.contains(Access.INSTRUCTOR) && role.atLeast(Role.INSTRUCTOR)
                || roles.contains(Access.ADMIN) && role == Role.ADMIN;
        if (!allowed) {
            throw new NotFoundResponse();
        }
    }

    /** Starts a fresh session (a new id at every login: no session fixation). */
    public Current signIn(Context ctx, User user) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) {
            sessions.find(old).ifPresent(s -> sessions.delete(s.tokenHash()));
        }
        Sessions.Created created = sessions.create(user.id());
        ctx.cookie(new Cookie(SESSION_COOKIE, created.token(), "/", -1, secureCookies, true, null, SameSite.LAX));
        Current current = new Current(user, created.session());
        ctx.attribute(WebAttributes.SESSION, current);
        ctx.attribute(WebAttributes.USER_ID, user.id());
        return current;
    }

    public void signOut(Context ctx) {
        Current c = ctx.attribute(WebAttributes.SESSION);
        if (c != null) {
            sessions.delete(c.session().tokenHash());
        }
        ctx.removeCookie(SESSION_COOKIE, "/");
    }

    /** The page shell's view of who this is, including the token forms must send back. */
    public Shell.Identity identity(Context ctx) {
        Current c = ctx.attribute(WebAttributes.SESSION);
        if (c != null) {
            return new Shell.Identity(c.user().displayName(), c.user().role().name(), c.session().csrfToken());
        }
        return new Shell.Identity("", "", anonymousToken(ctx));
    }

    public static Current current(Context ctx) {
        Current c = ctx.attribute(WebAttributes.SESSION);
        if (c == null) {
            throw new NotFoundResponse();
        }
        return c;
    }

    /** Double-submit token for forms shown before login (sign-up, log-in). */
    private String anonymousToken(Context ctx) {
        String t = ctx.cookie(ANON_CSRF_COOKIE);
        if (t == null || t.length() < 20) {
            t = sessions.randomToken();
            ctx.cookie(new Cookie(ANON_CSRF_COOKIE, t, "/", -1, secureCookies, true, null, SameSite.STRICT));
        }
        return t;
    }

    private boolean csrfOk(Context ctx, Current current) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        String expected = current != null ? current.session().csrfToken() : ctx.cookie(ANON_CSRF_COOKIE);
        return sent != null && expected != null
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isStatic(Context ctx) {
        return ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/") || ctx.path().equals("/healthz");
    }
}
