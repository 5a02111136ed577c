package dev.staffdrill.account;

import java.time.Clock;
import java.util.Optional;

/**
 * Makes an admin from outside the web app (the {@code create-admin} command): creates the account,
 * or promotes an existing one, with the same rules as sign-up. For a server whose first account
 * was not meant to be the admin, or whose admin left.
 */
public final class AdminBootstrap {
    private final UserRepository users;
    private final Passwords passwords;
    private final Clock clock;

    public AdminBootstrap(UserRepository users, Passwords passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The account with this email or username, however it was typed. */
    public Optional<User> existing(String username) {
        return users.byUsername(AccountController.normalise(username));
    }

    /** Makes an existing user admin; their password stays as it is. */
    public User promote(User user) {
        users.setRole(user.id(), Role.ADMIN);
        return users.byId(user.id()).orElseThrow();
    }

    /** Why these details cannot make a new account (the sign-up rules), or empty. */
    public Optional<String> problem(String username, String displayName, String password) {
        String name = AccountController.normalise(username);
        if (!AccountController.USERNAME.matcher(name).matches()) {
            return Optional.of("use an email or a username of 3+ characters: letters, digits, . _ + @ -");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            return Optional.of("give a display name of 1 to 100 characters with --name");
        }
        return passwords.problem(password, name).map(p -> "password refused: " + p);
    }

    /** Creates a new admin; call {@link #problem} first. */
    public User create(String username, String displayName, String password) {
        return users.create(AccountController.normalise(username), displayName.strip(), passwords.hash(password),
                Role.ADMIN, clock.instant());
    }
}
