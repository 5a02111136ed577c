package dev.staffdrill.account;

import dev.staffdrill.account.AccountPages.AccountPage;
import dev.staffdrill.account.AccountPages.LoginPage;
import dev.staffdrill.account.AccountPages.SignupPage;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Sign-up, log-in, log-out and the learner's own account page. */
public final class AccountController {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._+@-]{3,254}");
    static final List<String> MULTIPLIERS = List.of("1.00", "1.25", "1.50", "2.00");
    private final Views views;
    private final Pages pages;
    private final UserRepository users;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Auth auth;
    private final Sessions sessions;
    private final List<PersonalData> personalData;
    private final Clock clock;

    AccountController(Views views, Pages pages, UserRepository users, Passwords passwords,
                             LoginThrottle throttle, Auth auth, Sessions sessions, List<PersonalData> personalData,
                             Clock clock) {
        this.views = views;
        this.pages = pages;
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.auth = auth;
        this.sessions = sessions;
        this.personalData = personalData;
        this.clock = clock;
    }

    public void signupForm(Context ctx) {
        views.html(ctx, "account/signup.jte", new SignupPage(pages.shell(ctx, "Sign up"), "", "", "", users.all().isEmpty(),
                safeNext(ctx.queryParam("next"))));
    }

    public void signup(Context ctx) {
        String username = normalise(ctx.formParam("username"));
        String displayName = trim(ctx.formParam("displayName"), 100);
        String password = ctx.formParam("password");
        String next = safeNext(ctx.formParam("next"));
        String error = "";
        if (!USERNAME.matcher(username).matches()) {
            error = "Use an email or a username of 3+ characters: letters, digits, . _ + @ -";
        } else if (displayName.isEmpty()) {
            error = "Tell us what to call you.";
        } else {
            error = passwords.problem(password, username).orElse("");
        }
        if (error.isEmpty() && users.byUsername(username).isPresent()) {
            error = "That email or username is taken. Log in instead?";
        }
        if (!error.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            views.html(ctx, "account/signup.jte", new SignupPage(pages.shell(ctx, "Sign up"), username, displayName,
                    error, users.all().isEmpty(), next));
            return;
        }
        User user = users.create(username, displayName, passwords.hash(password), Role.LEARNER, clock.instant());
        auth.signIn(ctx, user);
        // Where the visitor was going (an invite link, a page behind the login) survives sign-up.
        String notice = user.role() == Role.ADMIN ? "Your account is ready. You are the first account here, so you are the admin."
                : next.equals("/") ? "Your account is ready." : "Your account is ready. One more step below.";
        Pages.redirectWithNotice(ctx, next, notice);
    }

    public void loginForm(Context ctx) {
        views.html(ctx, "account/login.jte", new LoginPage(pages.shell(ctx, "Log in"), "", safeNext(ctx.queryParam("next")), ""));
    }

    public void login(Context ctx) throws InterruptedException {
        String username = normalise(ctx.formParam("username"));
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        String next = safeNext(ctx.formParam("next"));
        LoginThrottle.Try attempt = throttle.begin(username, ctx.ip()); // counted before the password is checked
        if (attempt.locked()) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            views.html(ctx, "account/login.jte", new LoginPage(pages.shell(ctx, "Log in"), username, next,
                    "Too many failed log-ins from here. Wait 15 minutes and try again, "
                            + "or ask an admin for a password reset link."));
            return;
        }
        var user = users.byUsername(username);
        boolean ok;
        if (user.isPresent()) {
            ok = passwords.verify(password, users.passwordHash(user.get().id()).orElse(null));
        } else {
            passwords.verifyDecoy(password); // same work either way: timing does not reveal accounts
            ok = false;
        }
        if (!ok) {
            Thread.sleep(attempt.hold().toMillis());
            ctx.status(HttpStatus.UNAUTHORIZED);
            int left = attempt.triesLeft();
            views.html(ctx, "account/login.jte", new LoginPage(pages.shell(ctx, "Log in"), username, next,
                    "That email/username and password do not match. " + (left == 0
                            ? "That was the last try: log-in for this account from here is locked for 15 minutes."
                            : left + (left == 1 ? " try" : " tries") + " left before log-in for this account from here "
                            + "is locked for 15 minutes.")));
            return;
        }
        throttle.succeeded(attempt);
        auth.signIn(ctx, user.get());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        auth.signOut(ctx);
        Pages.redirectWithNotice(ctx, "/", "You are logged out.");
    }

    public void show(Context ctx) {
        render(ctx, "");
    }

    private void render(Context ctx, String error) {
        User u = Auth.current(ctx).user();
        views.html(ctx, "account/account.jte", new AccountPage(pages.shell(ctx, "Your account"), u.username(),
                u.displayName(), u.role().name(), u.timeMultiplier().setScale(2).toPlainString(), MULTIPLIERS, error));
    }

    public void changePassword(Context ctx) {
        Auth.Current c = Auth.current(ctx);
        String current = ctx.formParam("current");
        String fresh = ctx.formParam("password");
        String hash = users.passwordHash(c.user().id()).orElse(null);
        if (hash == null) {
            render(ctx.status(HttpStatus.BAD_REQUEST), "The local learner has no password to change.");
            return;
        }
        if (current == null || !passwords.verify(current, hash)) {
            render(ctx.status(HttpStatus.BAD_REQUEST), "Your current password is not right; nothing was changed.");
            return;
        }
        var problem = passwords.problem(fresh, c.user().username());
        if (problem.isPresent()) {
            render(ctx.status(HttpStatus.BAD_REQUEST), problem.get());
            return;
        }
        users.setPasswordHash(c.user().id(), passwords.hash(fresh));
        sessions.deleteOthers(c.user().id(), c.session().tokenHash());
        Pages.redirectWithNotice(ctx, "/account", "Password changed. Other devices were logged out.");
    }

    public void setAccommodation(Context ctx) {
        String m = ctx.formParam("timeMultiplier");
        if (m == null || !MULTIPLIERS.contains(m)) {
            throw new BadRequestResponse("Extended time must be one of " + String.join(", ", MULTIPLIERS) + ".");
        }
        users.setTimeMultiplier(Auth.current(ctx).user().id(), new BigDecimal(m));
        Pages.redirectWithNotice(ctx, "/account", "Extended time set to ×" + m + " for your next questions.");
    }

    public void export(Context ctx) {
        User u = Auth.current(ctx).user();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", Map.of("username", u.username(), "displayName", u.displayName(), "role", u.role().name(),
                "timeMultiplier", u.timeMultiplier(), "createdAt", u.createdAt().toString()));
        personalData.forEach(p -> out.put(p.section(), p.export(u.id())));
        // A name that says what it is and when, not an internal id.
        ctx.header("Content-Disposition", "attachment; filename=\"staff-drill-export-"
                + clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ".json\"");
        ctx.json(out);
    }

    public void delete(Context ctx) {
        Auth.Current c = Auth.current(ctx);
        if (!"DELETE".equals(ctx.formParam("confirm"))) {
            render(ctx.status(HttpStatus.BAD_REQUEST), "Type DELETE to confirm; nothing was deleted.");
            return;
        }
        users.delete(c.user().id());
        ctx.removeCookie(Auth.SESSION_COOKIE, "/");
        Pages.redirectWithNotice(ctx, "/", "Your account and everything in it are deleted.");
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String trim(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    /**
     * Only local paths: a crafted next=https://evil.example must not bounce a fresh login elsewhere.
     * Browsers drop tabs and newlines from a URL and read a backslash as a slash, so "/\t/evil.example"
     * or "/\\evil.example" would become "//evil.example": no control character, space or backslash passes.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c <= ' ' || c == 0x7F || Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT)) {
            return "/";
        }
        return next;
    }
}
