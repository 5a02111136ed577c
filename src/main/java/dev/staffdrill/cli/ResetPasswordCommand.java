package dev.staffdrill.cli;

import dev.staffdrill.account.LoginThrottle;
import dev.staffdrill.account.Passwords;
import dev.staffdrill.account.Sessions;
import dev.staffdrill.account.UserRepository;
import dev.staffdrill.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code reset-password --username U [--password-file F]}: the way back in for an admin who lost
 * their password (other users get a reset link from an admin). Sets the password, ends every
 * session of the account and lifts its log-in lock.
 */
@Command(name = "reset-password", mixinStandardHelpOptions = true, description = {
        "Set a new password for an account (for an admin locked out of their own; others can get a",
        "reset link from an admin). Ends the account's sessions and lifts its log-in lock.",
        "The new password is read from --password-file or the first line of stdin.",
        "Stop the server first: the embedded database allows one process at a time."},
        footer = {"", "Settings: --data-dir or --jdbc-url pick the database, as for serve.",
                "Example: java -jar target/staff-drill.jar reset-password --username ada < pw.txt"})
public final class ResetPasswordCommand implements Callable<Integer> {
    private final CliContext cli;
    private final InputStream stdin;

    @Option(names = "--username", required = true, description = "Email or username of the account.")
    String username;

    @Mixin
    PasswordInput password;

    @Unmatched
    List<String> settings;

    public ResetPasswordCommand(CliContext cli, InputStream stdin) {
        this.cli = cli;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        var config = cli.config(settings);
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        try (Database db = Database.open(config)) {
            UserRepository users = new UserRepository(db.jdbi());
            var user = users.byUsername(name);
            if (user.isEmpty()) {
                cli.err().println("error: there is no account '" + name + "'; nothing was changed");
                return 2;
            }
            Passwords passwords = new Passwords();
            String password = this.password.read(stdin, name);
            var problem = passwords.problem(password, name);
            if (problem.isPresent()) {
                cli.err().println("error: " + problem.get() + "; nothing was changed");
                return 2;
            }
            users.setPasswordHash(user.get().id(), passwords.hash(password));
            new Sessions(db.jdbi(), Clock.systemUTC(), config.sessionIdle(), config.sessionMax()).deleteAll(user.get().id());
            new LoginThrottle(db.jdbi(), Clock.systemUTC()).clear(name);
            cli.out().println("Password set for " + name + "; its sessions are ended and its log-in lock lifted.");
            return 0;
        }
    }
}
