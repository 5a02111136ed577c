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
import java.util.List;
import java.util.concurrent.Callable;

/** {@code restore --from FILE}: a backup made by {@code backup}, into a data dir with no database yet. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Restore a backup written by `backup` into a data dir that has no database yet (a failed restore",
        "leaves none behind). Start the server on that data dir afterwards."},
        footer = {"", "Example: java -jar target/staff-drill.jar restore --data-dir ./data-restored --from backup.sql.gz"})
public final class RestoreCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "A backup written by `backup`.")
    Path from;

    @Unmatched
    List<String> settings;

    public RestoreCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Config config = cli.config(settings);
        if (!config.usesDefaultDatabase() || Dialect.of(config.effectiveJdbcUrl()) != Dialect.H2) {
            cli.err().println("error: restore writes the H2 file under --data-dir; for PostgreSQL use pg_restore/psql");
            return 2;
        }
        Path db = config.dataDir().resolve("staffdrill.mv.db");
        if (Files.exists(db)) {
            cli.err().println("error: " + db.toAbsolutePath() + " exists; restore only into a data dir without a database");
            return 2;
        }
        if (!Files.isReadable(from)) {
            cli.err().println("error: cannot read " + from);
            return 2;
        }
        Files.createDirectories(config.dataDir());
        try (Connection c = DriverManager.getConnection(config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword())) {
            H2Backup.restore(c, from);
        } catch (Exception e) {
            Files.deleteIfExists(db); // nothing half-restored
            cli.err().println("error: restore failed, nothing was kept: " + e.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
        cli.out().println("Restored " + from + " into " + config.dataDir().toAbsolutePath().normalize() + ".");
        return 0;
    }
}
