package dev.staffdrill.grading;

import dev.staffdrill.config.Config;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.db.Database;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static dev.staffdrill.grading.AttemptRows.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A job running when the app dies is picked up and finished after a restart on the same database. */
class GradingRestartTest {
    @TempDir
    Path tmp;

    @Test
    void jobRunningWhenTheAppIsKilledCompletesAfterRestart() throws Exception {
        Config config = TestConfig.database(tmp);
        Rubric rubric = GradingFixtures.rubric();
        Question question = GradingFixtures.question();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Grader hangs = new Grader() { // a worker stuck mid-grade when the process dies
            @Override
            public Grade grade(Rubric r, Question q, String answer, long attemptId) {
                entered.countDown();
                while (true) {
                    try {
                        never.await();
                        throw new IllegalStateException("the dead app's worker must not finish");
                    } catch (InterruptedException ignored) {
                        // a killed process does not get to react to shutdown: keep hanging
                    }
                }
            }

            @Override
            public String describe() {
                return "hangs";
            }
        };

        Database first = Database.open(config);
        long attempt;
        try {
            long learner = AttemptRows.learner(first.jdbi(), "grace");
            attempt = AttemptRows.submitted(first.jdbi(), learner, question, GradingFixtures.answer("solid"));
            GradingService dying = new GradingService(first, () -> rubric, new JdbiAnswerSource(first.jdbi()), hangs,
                    1, GradingServiceTest.FAST, GradeJson.mapper(), Clock.systemUTC());
            dying.start();
            dying.enqueue(attempt);
            assertThat(entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(dying.status(attempt)).isEqualTo(GradingStatus.RUNNING);
            dying.close(); // stops heartbeats; the stuck worker keeps its job picked, as after a kill
        } finally {
            first.close();
        }

        Database second = Database.open(config);
        try (GradingService restarted = new GradingService(second, () -> rubric, new JdbiAnswerSource(second.jdbi()),
                new OfflineGrader(), 2, GradingServiceTest.FAST, GradeJson.mapper(), Clock.systemUTC())) {
            restarted.start();
            long id = attempt;
            await(Duration.ofSeconds(20), () -> restarted.status(id) == GradingStatus.DONE, "the job is revived");
            assertThat(restarted.history(attempt)).singleElement()
                    .satisfies(g -> assertThat(g.grader()).isEqualTo(Grade.OFFLINE));
            int tries = second.jdbi().withHandle(h -> h.createQuery(
                    "SELECT tries FROM grading_request WHERE attempt_id = :a").bind("a", id).mapTo(Integer.class).one());
            assertThat(tries).isEqualTo(2);
        } finally {
            second.close();
        }
    }
}
