package dev.staffdrill.cli;

import dev.staffdrill.config.Config;
import dev.staffdrill.db.Database;
import dev.staffdrill.db.DatabaseCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code migrate-db --to JDBC_URL}: everything in the configured database, copied into an empty one. */
@Command(name = "migrate-db", mixinStandardHelpOptions = true, description = {
        "Copy everything from the configured database (by default the H2 file under --data-dir) into an",
        "EMPTY database, e.g. PostgreSQL when a cohort outgrows one machine. The target gets the schema,",
        "then every row in one transaction; row counts per table are printed and checked before the",
        "commit, so on any failure the target keeps nothing. Stop the server first."},
        footer = {"", "Example: java -jar target/staff-drill.jar migrate-db --data-dir ./data \\",
                "           --to jdbc:postgresql://db.internal:5432/staffdrill --to-user staffdrill --to-password-file pw.txt",
                "Then start every instance with --jdbc-url (and --db-user, STAFFDRILL_DB_PASSWORD) pointing at the target."})
public final class MigrateDbCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL", description = "The empty target database.")
    String to;

    @Option(names = "--to-user", paramLabel = "U", description = "Target user (default: sa for H2, staffdrill otherwise).")
    String toUser;

    @Option(names = "--to-password-file", paramLabel = "FILE",
            description = "Read the target's password from the first line of this file (none by default).")
    Path toPasswordFile;

    @Unmatched
    List<String> settings;

    public MigrateDbCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        Config source = cli.config(settings);
        String password = toPasswordFile == null ? ""
                : Files.readAllLines(toPasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        String user = toUser != null ? toUser : to.startsWith("jdbc:h2:") ? "sa" : "staffdrill";
        if (to.equals(source.effectiveJdbcUrl())) {
            cli.err().println("error: --to is the configured database itself; give an empty one");
            return 2;
        }
        List<String> targetFlags = new ArrayList<>(List.of("--jdbc-url", to, "--db-user", user,
                "--data-dir", source.dataDir().toString(), "--content-dir", source.contentDir().toString()));
        if (!password.isEmpty()) {
            targetFlags.addAll(List.of("--db-password", password));
        }
        Config target = Config.load(targetFlags, java.util.Map.of());
        cli.out().println("Copying " + source.effectiveJdbcUrl() + " -> " + to);
        try (Database from = Database.open(source); Database into = Database.open(target)) {
            List<DatabaseCopy.TableCount> counts = new DatabaseCopy(from, into).copy();
            cli.out().printf("%-24s %10s %10s%n", "table", "source", "target");
            long total = 0;
            for (var c : counts) {
                cli.out().printf("%-24s %10d %10d%n", c.table(), c.source(), c.target());
                total += c.target();
            }
            cli.out().println("OK: " + counts.size() + " tables, " + total + " rows copied; every count matches.");
            return 0;
        } catch (DatabaseCopy.CopyException e) {
            cli.err().println("error: " + e.getMessage());
            return 1;
        }
    }
}
