package dev.staffdrill.grading;

import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.db.Database;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.staffdrill.grading.AttemptRows.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A regrade answered by the LLM cache (the same grade again) is not a new history row. */
class CacheHitRegradeTest {
    @TempDir
    Path tmp;
    private Database db;
    private GradingService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        db.close();
    }

    @Test
    void theSameLlmGradeAgainAddsNoRowButADifferentOneDoes() throws Exception {
        db = Database.open(TestConfig.database(tmp));
        Rubric rubric = GradingFixtures.rubric();
        Question question = GradingFixtures.question();
        OfflineGrader offline = new OfflineGrader();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger variant = new AtomicInteger();
        Grader cachedLlm = new Grader() { // what LlmGrader returns on a cache hit: the stored grade, newly dated
            @Override
            public Grade grade(Rubric r, Question q, String answer, long attemptId) {
                calls.incrementAndGet();
                Grade g = offline.grade(r, q, answer);
                return new Grade(Grade.LLM, g.rubricVersion(), g.questionId(), g.questionVersion(), g.dimensions(),
                        "LLM feedback v" + variant.get(), g.flags(), "gpt-test", "", g.dimensions(), Instant.now());
            }

            @Override
            public String describe() {
                return "cached LLM";
            }
        };
        service = new GradingService(db, () -> rubric, new JdbiAnswerSource(db.jdbi()), cachedLlm, 2,
                GradingServiceTest.FAST, GradeJson.mapper(), Clock.systemUTC());
        service.start();
        long learner = AttemptRows.learner(db.jdbi(), "ada");
        long attempt = AttemptRows.submitted(db.jdbi(), learner, question, GradingFixtures.answer("staff"));
        service.enqueue(attempt);
        await(Duration.ofSeconds(15), () -> service.status(attempt) == GradingStatus.DONE, "graded");

        service.regrade(attempt);
        await(Duration.ofSeconds(15), () -> calls.get() == 2 && service.status(attempt) == GradingStatus.DONE, "regraded");
        assertThat(service.history(attempt)).as("a cache hit adds no history").hasSize(1);
        int dimensionRows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM grade_dimension WHERE attempt_id = :a")
                .bind("a", attempt).mapTo(Integer.class).one());
        assertThat(dimensionRows).isEqualTo(5);

        variant.set(1); // the LLM answers differently now (no cache hit): that is new history
        service.regrade(attempt);
        await(Duration.ofSeconds(15), () -> calls.get() == 3 && service.status(attempt) == GradingStatus.DONE, "regraded again");
        assertThat(service.history(attempt)).hasSize(2);
    }
}
