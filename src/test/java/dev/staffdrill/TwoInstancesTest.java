package dev.staffdrill;

import dev.staffdrill.importer.ImportService;
import dev.staffdrill.testing.FreshApps;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL database, as behind a reverse proxy without sticky sessions:
 * one learner's requests land on either. Runs in the PostgreSQL tier of .ci/run (an H2 file
 * database belongs to one process, so there is nothing to share there).
 */
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = ".+")
class TwoInstancesTest {
    @RegisterExtension
    final FreshApps apps = new FreshApps();
    App a;
    App b;

    /** Both instances on the same data dir, so {@link TestDatabase} gives them one database. */
    private void startBoth(String... flags) {
        Path shared = apps.dir().resolve("shared");
        a = apps.start(shared, flags);
        b = apps.start(shared, flags);
        assertThat(a.config().effectiveJdbcUrl()).startsWith("jdbc:postgresql:").isEqualTo(b.config().effectiveJdbcUrl());
    }

    private static long id(String attemptPath) {
        return Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
    }

    private long count(String sql, Object... args) {
        return TestApp.query(a, Long.class, sql, args);
    }

    private static void waitFor(String what, Duration max, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aLearnerMovesBetweenInstancesMidDrillAndADoubleSubmitIsGradedOnce() throws Exception {
        startBoth();
        TestClient onA = new TestClient(TestApp.url(a)).signUp("ada@example.com", "correct horse battery");
        var started = onA.post("/drills", "mode", "MOCK", "chapter", "14", "count", "2");
        assertThat(started.status()).isEqualTo(303);
        String attempt = onA.get(started.location()).location();
        assertThat(attempt).matches("/attempts/\\d+");
        assertThat(onA.get(attempt).status()).isEqualTo(200);

        // The session made on A is valid on B, and B's pages carry the same session's CSRF token.
        TestClient onB = onA.sameBrowserAt(TestApp.url(b));
        var page = onB.get(attempt);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("900 ms");
        assertThat(onB.csrf()).isEqualTo(onA.csrf());
        assertThat(onB.postWithoutCsrf(attempt + "/draft", "answer", "forged").status()).isEqualTo(403);

        // A draft saved on one instance is what the other shows, both ways.
        assertThat(onA.post(attempt + "/draft", "answer", "draft written on A").status()).isEqualTo(200);
        assertThat(onB.get(attempt).body()).contains("draft written on A");
        assertThat(onB.post(attempt + "/draft", "answer", "draft continued on B").status()).isEqualTo(200);
        assertThat(onA.get(attempt).body()).contains("draft continued on B").doesNotContain("draft written on A");

        // The same submit sent to both at once (a double click through the proxy): one is taken.
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> submits = List.of(onA, onB).stream().map(c -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return c.post(attempt + "/submit", "answer", "final: hedge reads after p95; eject at 3x median").status();
        })).toList();
        go.countDown();
        for (var s : submits) {
            assertThat(s.get()).isEqualTo(303);
        }
        long attemptId = id(attempt);
        waitFor("the grade", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", attemptId) > 0);
        // Both instances' workers poll the job table; give the other a few polls to (wrongly) grade again.
        waitFor("the job table to empty", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM scheduled_tasks") == 0);
        Thread.sleep(1_500);
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", attemptId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", attemptId)).isEqualTo(1);
        assertThat(TestApp.query(a, String.class, "SELECT answer FROM attempt WHERE id = ?", attemptId))
                .isEqualTo("final: hedge reads after p95; eject at 3x median");
        // Submitted on either: both instances lead on to the self-rating that comes before the result.
        assertThat(onB.get(attempt + "/rate").status()).isEqualTo(200);
        assertThat(onA.get(attempt + "/rate").status()).isEqualTo(200);

        // Logging out on B ends the session on A too.
        assertThat(onB.post("/logout").status()).isIn(302, 303);
        TestClient stale = new TestClient(TestApp.url(a));
        assertThat(onA.get(attempt).status()).isNotEqualTo(200);
        assertThat(stale.get(attempt).status()).isNotEqualTo(200);
    }

    @Test
    void loginFailuresCountAcrossInstances() {
        startBoth();
        new TestClient(TestApp.url(a)).signUp("bob@example.com", "bob's long pass phrase");
        TestClient onA = new TestClient(TestApp.url(a));
        TestClient onB = onA.sameBrowserAt(TestApp.url(b));
        onA.get("/login");
        for (int i = 0; i < 5; i++) { // the account lock is 5 failures; alternate instances
            TestClient c = i % 2 == 0 ? onA : onB;
            c.get("/login");
            assertThat(c.post("/login", "username", "bob@example.com", "password", "wrong " + i).status()).isEqualTo(401);
        }
        // Locked on both: even the right password is refused for now.
        for (TestClient c : List.of(onA, onB)) {
            c.get("/login");
            var right = c.post("/login", "username", "bob@example.com", "password", "bob's long pass phrase");
            assertThat(right.status()).isNotIn(302, 303);
        }
    }

    @Test
    void theExpirySweepOfBothInstancesClosesARunOutAttemptOnceAndGradesItOnce() throws Exception {
        startBoth("--drill-seconds", "1", "--grace-seconds", "0");
        TestClient onA = new TestClient(TestApp.url(a)).signUp("cy@example.com", "cy's long pass phrase");
        var started = onA.post("/drills", "mode", "MOCK", "chapter", "14", "count", "1");
        String attempt = onA.get(started.location()).location();
        onA.get(attempt); // opens the clock
        assertThat(onA.post(attempt + "/draft", "answer", "written before the clock ran out").status()).isEqualTo(200);
        long attemptId = id(attempt);
        // Nobody submits: the tab was closed. Either sweeper (every 5 s) closes it; both try.
        waitFor("the sweep to submit it", Duration.ofSeconds(20), () -> count(
                "SELECT COUNT(*) FROM attempt WHERE id = ? AND submit_reason = 'TIME_LIMIT'", attemptId) == 1);
        waitFor("the grade", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", attemptId) > 0);
        Thread.sleep(6_000); // the other sweeper's next pass, and both schedulers' next polls
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", attemptId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", attemptId)).isEqualTo(1);
        assertThat(TestApp.query(b, String.class, "SELECT answer FROM attempt WHERE id = ?", attemptId))
                .isEqualTo("written before the clock ran out");
    }

    @Test
    void anImportOnOneInstanceReachesTheOthersBank() throws Exception {
        startBoth();
        String markdown = """
                # Chapter 14: Consistency Models

                ## L6 Interview Follow-Ups

                1. Your read replica lags 40 seconds during a backfill: which pages may show stale data, and what do you tell product?
                """;
        ImportService imports = new ImportService(a.database().jdbi(), Clock.systemUTC(), imported -> { });
        var summary = imports.apply("ch14-extra.md", markdown);
        assertThat(summary.added()).isEqualTo(1);
        int before = b.content().bank().questions().size();
        a.content().reload(); // what the authoring page does after an import: this instance at once…
        assertThat(a.content().bank().questions()).hasSize(before + 1);
        // …and the other within a few seconds, without a restart.
        waitFor("B's bank to pick up the import", Duration.ofSeconds(10),
                () -> b.content().bank().questions().size() == before + 1);
    }
}
