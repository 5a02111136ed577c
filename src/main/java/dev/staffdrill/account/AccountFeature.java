package dev.staffdrill.account;

import dev.staffdrill.config.Config;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/**
 * The account feature's front door. Built first of the features: every request passes through its
 * {@link #auth()} guard and every page names the signed-in user. Its pages come once the toolkit can
 * draw them ({@link #controllers}).
 */
public final class AccountFeature {
    /** The account feature's handlers, for Routes. */
    public record Controllers(AccountController account, AdminController admin, ResetController resets) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final UserRepository users;
    private final Sessions sessions;
    private final Auth auth;
    private final Passwords passwords = new Passwords();
    private final LoginThrottle throttle;

    public AccountFeature(Config config, Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.users = new UserRepository(jdbi);
        this.sessions = new Sessions(jdbi, clock, config.sessionIdle(), config.sessionMax());
        this.auth = new Auth(sessions, config.secureCookies(),
                config.localMode() ? new LocalLearner(users, clock) : null);
        this.throttle = new LoginThrottle(jdbi, clock);
    }

    public Auth auth() {
        return auth;
    }

    /**
     * {@code personalData}: each feature's part of "export my data" and "delete my account"; the
     * features above add theirs to the list after this call.
     */
    public Controllers controllers(Views views, Pages pages, ContentStore content, List<PersonalData> personalData) {
        return new Controllers(
                new AccountController(views, pages, users, passwords, throttle, auth, sessions, personalData, clock),
                new AdminController(views, pages, users, content),
                new ResetController(views, pages, users, new PasswordResets(jdbi, sessions, clock), passwords, throttle));
    }
}
