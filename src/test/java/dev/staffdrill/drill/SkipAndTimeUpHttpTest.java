package dev.staffdrill.drill;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.staffdrill.drill.DrillHttpTest.rateAll;
import static dev.staffdrill.drill.DrillHttpTest.startMock;
import static org.assertj.core.api.Assertions.assertThat;

/** An empty answer is a skip on purpose, never a grade against the learner; time's up is said in words. */
class SkipAndTimeUpHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures().lazily();

    private TestClient learner(String... flags) {
        server.start(flags);
        return server.client().signUp("ada@example.com", "correct horse battery");
    }

    private long id(String attemptPath) {
        return Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
    }

    private long count(String sql, long id) {
        return server.query(Long.class, sql, id);
    }

    @Test
    void anEmptyAnswerNeedsAConfirmationAndOneClickChangesNothing() {
        TestClient c = learner();
        String attempt = startMock(c, 2);
        c.get(attempt);
        var page = c.post(attempt + "/submit", "answer", "   ");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Your answer is empty").contains("id=\"skip-question\"");
        assertThat(count("SELECT COUNT(*) FROM attempt WHERE id = ? AND submitted_at IS NOT NULL", id(attempt))).isZero();
    }

    @Test
    void aConfirmedSkipIsShownAsSkippedAndNeverGraded() throws InterruptedException {
        TestClient c = learner();
        String attempt = startMock(c, 2);
        c.get(attempt);
        var skipped = c.post(attempt + "/submit", "answer", "", "skip", "1");
        assertThat(skipped.status()).isEqualTo(302);
        assertThat(skipped.location()).matches("/drills/\\d+"); // straight on to the next question, no self-rating
        var result = c.get(attempt + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Skipped — not graded").doesNotContain("grade-panel").doesNotContain("Grade again");
        assertThat(c.get(attempt + "/rate").location()).isEqualTo(attempt + "/result");
        Thread.sleep(500); // a grading job would have run by now
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isZero();
        assertThat(count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", id(attempt))).isZero();
        String summary = c.get(c.get(skipped.location()).location()).body(); // the drill moves on to question 2
        assertThat(summary).contains("Question 2 of 2");
    }

    @Test
    void theClockSubmittingAnEmptyQuestionSkipsItAndSaysTimeIsUp() {
        TestClient c = learner();
        String attempt = startMock(c, 2);
        c.get(attempt);
        var bell = c.post(attempt + "/submit", "answer", "", "timeUp", "1");
        assertThat(bell.status()).isEqualTo(302);
        assertThat(c.get(bell.location()).body()).doesNotContain("Your answer is empty");
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isZero();
    }

    @Test
    void timeUpWithTextSaysSoOnTheRatingPage() {
        TestClient c = learner();
        String attempt = startMock(c, 2);
        c.get(attempt);
        var bell = c.post(attempt + "/submit", "answer", "what I had when the bell rang", "timeUp", "1");
        assertThat(bell.location()).isEqualTo(attempt + "/rate");
        assertThat(c.get(bell.location()).body()).contains("Time is up: your answer was submitted as it stood");
    }

    @Test
    void comingBackAfterTheClockRanOutSaysTimeIsUp() throws InterruptedException {
        TestClient c = learner("--drill-seconds", "1", "--grace-seconds", "1");
        String attempt = startMock(c, 2);
        c.get(attempt);
        c.post(attempt + "/draft", "answer", "written in time");
        Thread.sleep(2300);
        var back = c.get(attempt);
        assertThat(back.status()).isEqualTo(302);
        assertThat(c.get(back.location()).body()).contains("Time is up");
    }

    @Test
    void theLastAnswerFinishesTheDrillSoHistoryAndAssignmentsAgree() {
        TestClient c = learner();
        String attempt = startMock(c, 1);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", "the only answer");
        long drill = server.query(Long.class, "SELECT drill_id FROM attempt WHERE id = ?", id(attempt));
        assertThat(count("SELECT COUNT(*) FROM drill WHERE id = ? AND finished_at IS NOT NULL", drill)).isEqualTo(1);
        rateAll(c, attempt, "WEAK");
        assertThat(c.get("/history").body()).doesNotContain("unfinished");
    }
}
