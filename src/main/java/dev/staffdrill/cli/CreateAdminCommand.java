package dev.staffdrill.cli;

import dev.staffdrill.account.AdminBootstrap;
import dev.staffdrill.account.Passwords;
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
 * {@code create-admin --username U --name N [--password-file F]}: the password comes from a file
 * or the first line of stdin, never from an argument or the environment (both leak into process
 * listings and shell history). Promotes the user instead when the account exists.
 */
@Command(name = "create-admin", mixinStandardHelpOptions = true, description = {
        "Create an admin account, or make an existing account admin (its password stays).",
        "The new password is read from --password-file or the first line of stdin.",
        "Stop the server first: the embedded database allows one process at a time."},
        footer = {"", "Settings: --data-dir or --jdbc-url pick the database, as for serve.",
                "Example: java -jar target/staff-drill.jar create-admin --username ada --name Ada < pw.txt"})
public final class CreateAdminCommand implements Callable<Integer> {
    private final CliContext cli;
    private final InputStream stdin;

    @Option(names = "--username", required = true, description = "Email or username of the admin.")
    String username;

    @Option(names = "--name", description = "Display name (needed when the account is new).")
    String name;

    @Mixin
    PasswordInput password;

    @Unmatched
    List<String> settings;

    public CreateAdminCommand(CliContext cli, InputStream stdin) {
        this.cli = cli;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        var config = cli.config(settings);
        try (Database db = Database.open(config)) {
            AdminBootstrap admins = new AdminBootstrap(new UserRepository(db.jdbi()), new Passwords(), Clock.systemUTC());
            var existing = admins.existing(username);
            if (existing.isPresent()) {
                var user = admins.promote(existing.get());
                cli.out().println(user.username() + " already exists and is now an admin (password unchanged).");
                return 0;
            }
            String password = this.password.read(stdin, username);
            var problem = admins.problem(username, name, password);
            if (problem.isPresent()) {
                cli.err().println("error: " + problem.get() + "; no account was created");
                return 2;
            }
            var user = admins.create(username, name, password);
            cli.out().println("Created admin " + user.username() + " (" + user.displayName() + ").");
            return 0;
        }
    }
}
