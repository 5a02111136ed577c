package dev.staffdrill.cli;

import dev.staffdrill.config.Config;
import dev.staffdrill.db.Dialect;
import dev.staffdrill.db.H2Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code backup --to FILE}: a consistent backup of the H2 database, while the server runs or not. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = {
        "Write a consistent backup of the H2 database (gzipped SQL) to FILE. Works while the server runs",
        "(the server writes it) and while it is stopped. Restore with `restore --from FILE` into an empty",
        "data dir. For PostgreSQL use pg_dump (README, \"Backups\")."},
        footer = {"", "Example: java -jar target/staff-drill.jar backup --data-dir ./data --to backups/staffdrill-$(date +%F).sql.gz"})
public final class BackupCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Where to write the backup.")
    Path to;

    @Option(names = "--wait-seconds", defaultValue = "300", description = "How long to wait for a running server (default 300).")
    int waitSeconds;

    @Unmatched
    List<String> settings;

    public BackupCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Config config = cli.config(settings);
        if (Dialect.of(config.effectiveJdbcUrl()) != Dialect.H2) {
            cli.err().println("error: backup is for the H2 database; for PostgreSQL use pg_dump (see README, \"Backups\")");
            return 2;
        }
        if (config.usesDefaultDatabase() && !Files.exists(config.dataDir().resolve("staffdrill.mv.db"))) {
            cli.err().println("error: no database in " + config.dataDir().toAbsolutePath() + " (check --data-dir)");
            return 2;
        }
        // IFEXISTS: never create an empty database by mistake.
        try (Connection c = DriverManager.getConnection(config.effectiveJdbcUrl() + ";IFEXISTS=TRUE",
                config.dbUser(), config.dbPassword())) {
            H2Backup.scriptTo(c, to);
        } catch (SQLException e) {
            if (!inUse(e) || !config.usesDefaultDatabase()) {
                cli.err().println("error: cannot back up " + config.effectiveJdbcUrl() + ": " + e.getMessage().lines().findFirst().orElse(""));
                return 1;
            }
            // The running server holds the file: it writes the backup itself.
            String reply = H2Backup.requestFromServer(config.dataDir(), to, Duration.ofSeconds(waitSeconds));
            if (!reply.startsWith("OK")) {
                cli.err().println("error: backup failed: " + reply.substring(reply.indexOf(' ') + 1));
                return 1;
            }
        }
        cli.out().println("Backup written to " + to.toAbsolutePath().normalize() + " (" + Files.size(to) + " bytes).");
        return 0;
    }

    private static boolean inUse(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase();
        return m.contains("locked") || m.contains("already in use") || e.getErrorCode() == 90020;
    }
}
