package dev.staffdrill.cli;

import dev.staffdrill.App;
import dev.staffdrill.Main;
import dev.staffdrill.config.Config;
import dev.staffdrill.db.Database;
import dev.staffdrill.db.DatabaseCopy;
import dev.staffdrill.testing.DatabaseContents;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code migrate-db}: an H2 database (where every learner starts) copied into an empty database of
 * this tier (PostgreSQL in .ci/run's PostgreSQL tier, another H2 file otherwise), compared row by
 * row, and used by the app.
 */
class MigrateDbTest {
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

    /** A new, empty database of this tier: its URL and user. */
    private String[] emptyTarget() {
        if (TestDatabase.onPostgres()) {
            String name = "sd_migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return new String[]{TestDatabase.freshPostgres(name), TestDatabase.user(TestDatabase.postgres().orElseThrow())};
        }
        return new String[]{"jdbc:h2:file:" + tmp.resolve("target-" + UUID.randomUUID()).resolve("staffdrill"), "sa"};
    }

    private Config on(String[] target, String dataDir) {
        return Config.load(List.of("--port", "0", "--jdbc-url", target[0], "--db-user", target[1],
                "--data-dir", tmp.resolve(dataDir).toString(), "--content-dir", content().toString()), Map.of());
    }

    private Path content() {
        Path c = tmp.resolve("content");
        return c.toFile().isDirectory() ? c : Fixtures.content(c);
    }

    private Path usedH2() throws InterruptedException {
        Path data = tmp.resolve("h2-source");
        try (App app = TestApp.start(TestApp.h2Config(data, content()))) {
            DatabaseContents.typicalUse(app);
        }
        return data;
    }

    @Test
    void copiesEverythingIntoAnEmptyDatabaseWhereTheAppCarriesOn() throws Exception {
        Path source = usedH2();
        Map<String, List<String>> before;
        try (Database db = Database.open(TestApp.h2Config(source, content()))) {
            before = DatabaseContents.of(db.dataSource());
        }
        assertThat(before.get("attempt")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(before.get("grade")).hasSize(1);

        String[] target = emptyTarget();
        Run r = run("migrate-db", "--to", target[0], "--to-user", target[1], "--data-dir", source.toString(),
                "--content-dir", content().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("app_user\\s+2\\s+2").containsPattern("grade\\s+1\\s+1")
                .contains("every count matches");

        try (Database copy = Database.open(on(target, "unused"))) {
            assertThat(DatabaseContents.of(copy.dataSource())).isEqualTo(before);
        }
        // The app runs on the copy: Ada's history is there, and new rows get fresh ids after the copied ones.
        try (App app = TestApp.start(on(target, "app-on-copy"))) {
            TestClient ada = new TestClient(TestApp.url(app)).logIn("ada@example.com", "correct horse battery");
            assertThat(ada.get("/history").body()).contains("Mock");
            long maxDrill = TestApp.query(app, Long.class, "SELECT MAX(id) FROM drill");
            assertThat(ada.post("/drills", "mode", "MOCK", "chapter", "14", "count", "1").location())
                    .isEqualTo("/drills/" + (maxDrill + 1));
            new TestClient(TestApp.url(app)).signUp("cy@example.com", "cy's long pass phrase");
        }

        // A second run into the now-used target refuses and changes nothing.
        Map<String, List<String>> used;
        try (Database copy = Database.open(on(target, "unused"))) {
            used = DatabaseContents.of(copy.dataSource());
        }
        Run again = run("migrate-db", "--to", target[0], "--to-user", target[1], "--data-dir", source.toString(),
                "--content-dir", content().toString());
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("not empty");
        try (Database copy = Database.open(on(target, "unused"))) {
            assertThat(DatabaseContents.of(copy.dataSource())).isEqualTo(used);
        }
    }

    @Test
    void aFailureHalfwayKeepsNothingInTheTarget() throws Exception {
        Path source = usedH2();
        String[] target = emptyTarget();
        try (Database from = Database.open(TestApp.h2Config(source, content()));
             Database to = Database.open(on(target, "unused"))) {
            Map<String, List<String>> empty = DatabaseContents.of(to.dataSource());
            DatabaseCopy failing = new DatabaseCopy(from, to, table -> {
                if (table.equals("attempt")) {
                    throw new IllegalStateException("disk full (simulated) after " + table);
                }
            });
            assertThatThrownBy(failing::copy).hasMessageContaining("simulated");
            assertThat(DatabaseContents.of(to.dataSource())).isEqualTo(empty);
            assertThat(empty.get("app_user")).isEmpty();
            // And the same target still takes a complete copy afterwards.
            assertThat(new DatabaseCopy(from, to).copy()).allMatch(c -> c.source() == c.target());
            assertThat(DatabaseContents.of(to.dataSource())).isEqualTo(DatabaseContents.of(from.dataSource()));
        }
    }
}
