package dev.staffdrill.grading;

import dev.staffdrill.App;
import dev.staffdrill.config.Config;
import dev.staffdrill.grading.llm.AuditEntry;
import dev.staffdrill.grading.llm.CacheKey;
import dev.staffdrill.grading.llm.JdbiLlmStore;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The app builds, starts and stops grading with everything else; the LLM store round-trips. */
class GradingWiringTest {
    @TempDir
    Path tmp;

    private Path content() throws IOException {
        Path c = tmp.resolve("content");
        Files.createDirectories(c.resolve("chapters"));
        Files.copy(Path.of("content", "rubric.yaml"), c.resolve("rubric.yaml"));
        Files.writeString(c.resolve("chapters/ch16.md"), """
                ---
                id: ch16
                number: 16
                title: Replication
                gaps: []
                ---
                Leaders and followers.
                """);
        return c;
    }

    @Test
    void appGradesAnEnqueuedAttemptAndStopsGradingBeforeTheDatabase() throws Exception {
        Config config = TestConfig.app(tmp.resolve("data"), content());
        App app = App.create(config).start();
        try {
            assertThat(app.grading().mode()).isEqualTo("offline signal check (no LLM configured)");
            var jdbi = app.database().jdbi();
            long attempt = AttemptRows.submitted(jdbi, AttemptRows.learner(jdbi, "lin"), GradingFixtures.question(),
                    GradingFixtures.answer("solid"));
            app.grading().enqueue(attempt);
            AttemptRows.await(Duration.ofSeconds(15), () -> app.grading().status(attempt) == GradingStatus.DONE, "graded");
            assertThat(app.grading().latest(attempt)).isPresent();
        } finally {
            app.close();
        }
        assertThat(app.database().reachable()).isFalse();
    }

    @Test
    void llmCacheAndAuditRoundTripThroughTheDatabase() throws Exception {
        Config config = TestConfig.database(tmp.resolve("data"));
        try (var db = dev.staffdrill.db.Database.open(config)) {
            JdbiLlmStore store = new JdbiLlmStore(db.jdbi());
            CacheKey key = CacheKey.of("r1", "q", "v1", "an answer", "openai", "m", "p1");
            assertThat(store.cached(key)).isEmpty();
            store.cache(key, "{\"grade\":1}");
            store.cache(key, "{\"grade\":1}"); // a concurrent duplicate is harmless
            assertThat(store.cached(key)).contains("{\"grade\":1}");
            assertThat(store.cached(CacheKey.of("r1", "q", "v1", "another answer", "openai", "m", "p1"))).isEmpty();

            long attempt = AttemptRows.submitted(db.jdbi(), AttemptRows.learner(db.jdbi(), "kim"),
                    GradingFixtures.question(), "x");
            Instant at = Instant.parse("2026-11-21T10:00:00Z");
            store.audit(new AuditEntry(attempt, "openai", "m", "p1", "{}", "{\"ok\":true}", 200, 15, 10, 5, 1, "VALID", "", at));
            store.audit(new AuditEntry(0, "openai", "m", "p1", "{}", "", 0, 15, null, null, 3, "TIMEOUT", "slow", at));
            assertThat(store.auditsFor(attempt)).singleElement().satisfies(a -> {
                assertThat(a.outcome()).isEqualTo("VALID");
                assertThat(a.inputTokens()).isEqualTo(10);
                assertThat(a.createdAt()).isEqualTo(at);
            });
        }
    }
}
