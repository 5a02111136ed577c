package dev.staffdrill.cli;

import dev.staffdrill.App;
import dev.staffdrill.Main;
import dev.staffdrill.db.Database;
import dev.staffdrill.testing.DatabaseContents;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup} and {@code restore} of the H2 database: taken while the server runs, restored, compared. */
class BackupTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, Map.of(), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path content() {
        Path c = tmp.resolve("content");
        return Files.isDirectory(c) ? c : Fixtures.content(c);
    }

    @Test
    void aBackupTakenWhileTheServerRunsRestoresToTheSameData() throws Exception {
        Path data = tmp.resolve("data");
        Path file = tmp.resolve("backups/staffdrill.sql.gz");
        Map<String, List<String>> atBackup;
        try (App app = TestApp.start(TestApp.h2Config(data, content()))) {
            DatabaseContents.typicalUse(app);
            // The server holds the H2 file: the command asks it to write the backup. Quiet app, so the
            // contents right after are what the backup must hold.
            Run r = CompletableFuture.supplyAsync(() -> run("backup", "--to", file.toString(), "--data-dir", data.toString()))
                    .get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Backup written to");
            atBackup = DatabaseContents.of(app.database().dataSource());
            // Written after the backup: must not be in it.
            new TestClient(TestApp.url(app)).signUp("late@example.com", "a late long pass phrase");
        }
        assertThat(file).isRegularFile();
        assertThat(Files.list(file.getParent()).toList()).as("no partial file left").containsExactly(file);

        Path restored = tmp.resolve("restored");
        Run r = run("restore", "--from", file.toString(), "--data-dir", restored.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Database db = Database.open(TestApp.h2Config(restored, content()))) { // Flyway validates the restored history
            assertThat(DatabaseContents.of(db.dataSource())).isEqualTo(atBackup);
        }
        try (App app = TestApp.start(TestApp.h2Config(restored, content()))) {
            new TestClient(TestApp.url(app)).logIn("ada@example.com", "correct horse battery");
        }

        // Restore never overwrites a database; backup of a stopped server works directly.
        Run again = run("restore", "--from", file.toString(), "--data-dir", restored.toString());
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("exists");
        Path offline = tmp.resolve("offline.sql.gz");
        assertThat(run("backup", "--to", offline.toString(), "--data-dir", data.toString()).code()).isZero();
        Path restored2 = tmp.resolve("restored2");
        assertThat(run("restore", "--from", offline.toString(), "--data-dir", restored2.toString()).code()).isZero();
        try (Database db = Database.open(TestApp.h2Config(restored2, content()))) {
            assertThat(DatabaseContents.of(db.dataSource()).get("app_user")).hasSize(3);
        }
    }

    @Test
    void backupRefusesPostgresAndAMissingDatabase() {
        Run pg = run("backup", "--to", tmp.resolve("x.sql.gz").toString(), "--jdbc-url", "jdbc:postgresql://localhost:1/none");
        assertThat(pg.code()).isEqualTo(2);
        assertThat(pg.err()).contains("pg_dump");
        Run none = run("backup", "--to", tmp.resolve("y.sql.gz").toString(), "--data-dir", tmp.resolve("nothing").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no database");
    }
}
