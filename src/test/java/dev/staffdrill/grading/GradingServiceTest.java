package dev.staffdrill.grading;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.db.Database;
import dev.staffdrill.grading.jobs.SchedulerSettings;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.staffdrill.grading.AttemptRows.await;
import static org.assertj.core.api.Assertions.assertThat;

class GradingServiceTest {
    static final SchedulerSettings FAST = new SchedulerSettings(Duration.ofMillis(100), Duration.ofMillis(100), 4,
            Duration.ofMillis(50), Duration.ofMillis(500));
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static Rubric rubric;
    private final Question question = GradingFixtures.question();
    @TempDir
    Path tmp;
    private Database db;
    private GradingService service;
    private long learner;

    @BeforeAll
    static void loadRubric() {
        rubric = GradingFixtures.rubric();
    }

    @BeforeEach
    void open() {
        db = Database.open(TestConfig.database(tmp));
        learner = AttemptRows.learner(db.jdbi(), "ada");
    }

    private GradingService start(Grader grader) {
        service = new GradingService(db, () -> rubric, new JdbiAnswerSource(db.jdbi()), grader, 2, FAST,
                GradeJson.mapper(), Clock.systemUTC());
        service.start();
        return service;
    }

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
        db.close();
    }

    @Test
    void enqueuedAttemptIsGradedInTheBackgroundOnceOnly() throws Exception {
        start(new OfflineGrader());
        long attempt = AttemptRows.submitted(db.jdbi(), learner, question, GradingFixtures.answer("staff"));
        service.enqueue(attempt);
        service.enqueue(attempt); // a double submit must not grade twice
        await(WAIT, () -> service.status(attempt) == GradingStatus.DONE, "graded");

        assertThat(service.history(attempt)).hasSize(1);
        Grade g = service.latest(attempt).orElseThrow();
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE);
        assertThat(g.questionVersion()).isEqualTo(question.version());
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.STRONG);
        int rows = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM grade_dimension WHERE user_id = :u AND is_current AND level = 'STRONG'""")
                .bind("u", learner).mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(5);
    }

    @Test
    void regradeKeepsTheHistoryAndMakesTheNewestCurrent() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        OfflineGrader offline = new OfflineGrader();
        start(new Grader() {
            @Override
            public Grade grade(Rubric r, Question q, String answer, long attemptId) {
                Grade g = offline.grade(r, q, answer);
                return calls.incrementAndGet() == 1 ? g : g.asFallback(GradeFlag.LLM_UNAVAILABLE, "second");
            }

            @Override
            public String describe() {
                return "test";
            }
        });
        long attempt = AttemptRows.submitted(db.jdbi(), learner, question, GradingFixtures.answer("solid"));
        service.enqueue(attempt);
        await(WAIT, () -> service.status(attempt) == GradingStatus.DONE, "graded");
        service.regrade(attempt);
        await(WAIT, () -> service.history(attempt).size() == 2 && service.status(attempt) == GradingStatus.DONE,
                "regraded");

        assertThat(service.history(attempt)).extracting(Grade::grader)
                .containsExactly(Grade.OFFLINE, Grade.OFFLINE_FALLBACK);
        assertThat(service.latest(attempt).orElseThrow().note()).isEqualTo("second");
        Map<String, Object> counts = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT (SELECT COUNT(*) FROM grade WHERE attempt_id = :a AND is_current) AS grades,
                               (SELECT COUNT(*) FROM grade_dimension WHERE attempt_id = :a AND is_current) AS dims,
                               (SELECT COUNT(*) FROM grade_dimension WHERE attempt_id = :a) AS all_dims""")
                .bind("a", attempt).mapToMap().one());
        assertThat(counts).containsEntry("grades", 1L).containsEntry("dims", 5L).containsEntry("all_dims", 10L);
    }

    @Test
    void unsubmittedAttemptFailsWithAReason() throws Exception {
        start(new OfflineGrader());
        long attempt = AttemptRows.attempt(db.jdbi(), learner, question, "draft", false);
        service.enqueue(attempt);
        await(WAIT, () -> service.status(attempt) == GradingStatus.FAILED, "failed");
        GradeView v = service.view(attempt, "/p");
        assertThat(v.failed()).isTrue();
        assertThat(v.error()).contains("not submitted");
        assertThat(service.latest(attempt)).isEmpty();
    }

    @Test
    void graderThatKeepsThrowingIsTriedThreeTimesThenFailed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(new Grader() {
            @Override
            public Grade grade(Rubric r, Question q, String answer, long attemptId) {
                calls.incrementAndGet();
                throw new IllegalStateException("boom");
            }

            @Override
            public String describe() {
                return "broken";
            }
        });
        long attempt = AttemptRows.submitted(db.jdbi(), learner, question, "an answer");
        service.enqueue(attempt);
        await(WAIT, () -> service.status(attempt) == GradingStatus.FAILED, "failed");
        assertThat(calls.get()).isEqualTo(GradingService.MAX_TRIES);
        assertThat(service.view(attempt, "/p").error()).contains("boom");
    }

    @Test
    void viewShowsGradingWhilePendingThenTheGrade() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OfflineGrader offline = new OfflineGrader();
        start(new Grader() {
            @Override
            public Grade grade(Rubric r, Question q, String answer, long attemptId) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return offline.grade(r, q, answer);
            }

            @Override
            public String describe() {
                return "slow";
            }
        });
        long attempt = AttemptRows.submitted(db.jdbi(), learner, question, GradingFixtures.answer("generic"));
        assertThat(service.view(attempt, "/p").status()).isEqualTo("NONE");
        service.enqueue(attempt);
        await(WAIT, () -> service.status(attempt) == GradingStatus.RUNNING, "running");
        GradeView pending = service.view(attempt, "/drills/1/attempts/" + attempt + "/grade");
        assertThat(pending.pending()).isTrue();
        assertThat(pending.pollUrl()).isEqualTo("/drills/1/attempts/" + attempt + "/grade");
        release.countDown();
        await(WAIT, () -> service.status(attempt) == GradingStatus.DONE, "graded");
        GradeView done = service.view(attempt, "/p");
        assertThat(done.pending()).isFalse();
        assertThat(done.hasGrade()).isTrue();
        assertThat(done.kind()).isEqualTo(GradeViews.OFFLINE_KIND);
        assertThat(done.dimensions()).hasSize(5).allSatisfy(d -> assertThat(d.levelKey()).isEqualTo("weak"));
    }
}
