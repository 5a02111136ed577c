package dev.staffdrill.account;

import dev.staffdrill.account.ResetPages.ResetLinkPage;
import dev.staffdrill.account.ResetPages.ResetPage;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.Optional;

/**
 * Account recovery: an admin issues a one-time link for a user and passes it on; whoever opens it
 * sets a new password, every session of that account ends, and its log-in lock is lifted. The
 * token travels in the query string, which the request log never records.
 */
public final class ResetController {
    private final Views views;
    private final Pages pages;
    private final UserRepository users;
    private final PasswordResets resets;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    ResetController(Views views, Pages pages, UserRepository users, PasswordResets resets, Passwords passwords,
                           LoginThrottle throttle) {
        this.views = views;
        this.pages = pages;
        this.users = users;
        this.resets = resets;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** Admin: a new link for this user, shown on this response only (not a redirect: nothing keeps it). */
    public void issue(Context ctx) {
        long id = ctx.pathParamAsClass("userId", Long.class).getOrThrow(e -> new NotFoundResponse());
        User u = users.byId(id).orElseThrow(NotFoundResponse::new);
        String token = resets.issue(u.id(), Auth.current(ctx).user().id());
        String link = ctx.scheme() + "://" + ctx.host() + "/reset?token=" + token;
        views.html(ctx, "account/reset-link.jte", new ResetLinkPage(pages.shell(ctx, "Password reset link"),
                u.displayName(), u.username(), link, PasswordResets.VALID_FOR.toHours()));
    }

    public void form(Context ctx) {
        String token = ctx.queryParam("token");
        Optional<User> user = resets.userFor(token).flatMap(users::byId);
        render(ctx, user, token, "");
    }

    public void reset(Context ctx) {
        String token = ctx.formParam("token");
        Optional<User> user = resets.userFor(token).flatMap(users::byId);
        if (user.isEmpty()) {
            render(ctx, user, token, "");
            return;
        }
        String password = ctx.formParam("password");
        var problem = passwords.problem(password, user.get().username());
        if (problem.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, user, token, problem.get());
            return;
        }
        if (resets.redeem(token, passwords.hash(password)).isEmpty()) { // used by a request racing this one
            render(ctx, Optional.empty(), token, "");
            return;
        }
        throttle.clear(user.get().username());
        Pages.redirectWithNotice(ctx, "/login", "Your new password is set and other sessions are logged out. Log in with it.");
    }

    private void render(Context ctx, Optional<User> user, String token, String error) {
        if (user.isEmpty()) {
            ctx.status(HttpStatus.GONE);
        }
        views.html(ctx, "account/reset.jte", new ResetPage(pages.shell(ctx, "Set a new password"), user.isPresent(),
                user.isPresent() ? token : "", user.map(User::username).orElse(""), error));
    }
}
