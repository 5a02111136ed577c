package dev.staffdrill.drill;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.ThreadFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-up chains over HTTP: the probe aims at what the answer lacks, replies autosave, the thread is graded once. */
class ThreadHttpTest {
    static final Path CONTENT = ThreadFixtures.content();
    static final String ANSWER = ThreadFixtures.WITNESS_ANSWER;

    @RegisterExtension
    final RunningApp server = RunningApp.withContent(CONTENT).lazily();

    private TestClient learner(String name, String... flags) {
        server.start(flags);
        return server.client().signUp(name + "@example.com", "correct horse battery");
    }

    /** Starts a 2-question mock drill of chapter 14 and returns the first attempt's path. */
    static String startMock(TestClient c, String... extra) {
        List<String> form = new java.util.ArrayList<>(List.of("mode", "MOCK", "chapter", "14", "count", "2"));
        form.addAll(List.of(extra));
        var started = c.post("/drills", form.toArray(String[]::new));
        assertThat(started.status()).isEqualTo(303);
        return c.get(started.location()).location();
    }

    /**
     * A mock drill whose first question is the witness item (its probes are the ones the replies
     * below are written for). The drill's order is shuffled, and an unopened drill leaves no
     * recency behind, so starting again until it comes first is fair; 40 tries fail 1 in 10^12.
     */
    static String startWitnessFirst(RunningApp server, TestClient c, String... extra) {
        for (int i = 0; i < 40; i++) {
            String attempt = startMock(c, extra);
            long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
            if ("14-fu-witness".equals(server.query(String.class, "SELECT question_id FROM attempt WHERE id = ?", id))) {
                return attempt;
            }
        }
        throw new AssertionError("the witness question never came first");
    }

    private long id(String attempt) {
        return Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
    }

    private long count(String sql, Object... args) {
        return server.query(Long.class, sql, args);
    }

    private String questionOf(String attempt) {
        return server.query(String.class, "SELECT question_id FROM attempt WHERE id = ?", id(attempt));
    }

    @Test
    void anAnswerBringsAProbeAimedAtASignalTheAnswerLacksAndGradingWaits() {
        TestClient c = learner("ada");
        String attempt = startWitnessFirst(server, c);
        c.get(attempt);
        var submitted = c.post(attempt + "/submit", "answer", ANSWER);
        assertThat(submitted.location()).isEqualTo(attempt + "/thread");

        String signal = server.query(String.class, "SELECT signal_id FROM probe_turn WHERE attempt_id = ? AND turn = 1", id(attempt));
        String ask = server.query(String.class, "SELECT ask FROM probe_turn WHERE attempt_id = ? AND turn = 1", id(attempt));
        ContentBank bank = ContentLoader.load(CONTENT);
        var question = bank.question(questionOf(attempt)).orElseThrow();
        var missing = new OfflineGrader().grade(bank.rubric(), question, ANSWER).dimensions().stream()
                .flatMap(d -> d.signalsMissing().stream()).toList();
        assertThat(missing).contains(signal); // the offline check finds it missing: that is why it was asked

        var page = c.get(attempt + "/thread");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ask.substring(0, 40)).contains(ANSWER.substring(0, 40))
                .doesNotContain("SECRET-MODEL").doesNotContain("SECRET-GUIDANCE");
        // Grading waits for the thread; the rating and result pages send the learner back to it.
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isZero();
        assertThat(c.get(attempt + "/rate").location()).isEqualTo(attempt + "/thread");
        assertThat(c.get(attempt + "/result").location()).isEqualTo(attempt + "/thread");
        assertThat(c.get(attempt).location()).isEqualTo(attempt + "/thread");
    }

    @Test
    void repliesAutosaveAndTheThreadEndsAfterTwoProbesThenIsGradedOnceAsAWhole() throws Exception {
        TestClient c = learner("bo");
        String attempt = startWitnessFirst(server, c);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", ANSWER);

        var saved = c.post(attempt + "/thread/draft", "answer", "first draft of my reply");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("\"revision\":1");
        assertThat(c.get(attempt + "/thread").body()).contains("first draft of my reply");

        String reply1 = "For about 20 minutes every write from all 2M daily users fails: 100% of checkouts, "
                + "roughly 1,200 orders, until a human promotes zone B.";
        var next = c.post(attempt + "/thread/reply", "answer", reply1);
        assertThat(next.location()).isEqualTo(attempt + "/thread");
        var second = c.get(attempt + "/thread");
        assertThat(second.body()).contains("follow-up 2").contains(reply1.substring(0, 30));
        assertThat(count("SELECT COUNT(*) FROM probe_turn WHERE attempt_id = ?", id(attempt))).isEqualTo(2);
        assertThat(server.query(String.class, "SELECT signal_id FROM probe_turn WHERE attempt_id = ? AND turn = 2", id(attempt)))
                .isNotEqualTo(server.query(String.class, "SELECT signal_id FROM probe_turn WHERE attempt_id = ? AND turn = 1", id(attempt)));

        var done = c.post(attempt + "/thread/reply", "answer", "Writes queue in an outbox and the page says confirming.");
        assertThat(done.location()).isEqualTo(attempt + "/rate");
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
        // A second reply from another tab changes nothing and asks nothing.
        c.post(attempt + "/thread/reply", "answer", "late duplicate");
        assertThat(count("SELECT COUNT(*) FROM probe_turn WHERE attempt_id = ?", id(attempt))).isEqualTo(2);

        DrillHttpTest.rateAll(c, attempt, "MODERATE");
        waitForGrade(attempt);
        String result = c.get(attempt + "/result").body();
        assertThat(result).contains("Under pushback").contains("follow-up 1").contains("follow-up 2")
                .contains(reply1.substring(0, 30)).contains("Pushed on:");
        assertThat(count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
        // The scorecard counts the thread once: one answer, however many replies it took.
        assertThat(c.get("/progress").body()).containsPattern("title=\"1 graded answers?\"")
                .doesNotContainPattern("title=\"[2-9] graded answers\"");
    }

    @Test
    void aSignalShownOnlyInAReplyIsMarkedSurfacedAfterTheProbe() throws Exception {
        TestClient c = learner("cy");
        String attempt = startWitnessFirst(server, c, "probes", "1");
        c.get(attempt);
        c.post(attempt + "/submit", "answer", ANSWER);
        String signal = server.query(String.class, "SELECT signal_id FROM probe_turn WHERE attempt_id = ?", id(attempt));
        String reply = replyShowing(signal);
        assertThat(c.post(attempt + "/thread/reply", "answer", reply).location()).isEqualTo(attempt + "/rate");
        DrillHttpTest.rateAll(c, attempt, "WEAK");
        waitForGrade(attempt);
        String result = c.get(attempt + "/result").body();
        String label = ContentLoader.load(CONTENT).rubric().signal(signal).orElseThrow().name();
        assertThat(result).contains("id=\"surfaced\"").contains(label + " — after follow-up 1")
                .contains("surfaced after the probe");
    }

    /** A reply the offline check credits with the probe's signal. */
    private static String replyShowing(String signal) {
        return switch (signal) {
            case "blast-radius" -> "About 30% of users, every writer among the 2M daily users, see failed checkouts "
                    + "for roughly 20 minutes, so the blast radius is about 1,200 orders.";
            case "degradation-mode" -> "In degraded mode the page serves reads from zone B and queues writes in an "
                    + "outbox, showing confirming instead of failing for up to 15 minutes.";
            default -> "We fail over in 20 minutes; 30% of users are affected and the site runs read-only meanwhile.";
        };
    }

    @Test
    void anEmptyReplyNeedsMoveOnWhichEndsTheThread() {
        TestClient c = learner("di");
        String attempt = startWitnessFirst(server, c);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", ANSWER);
        var empty = c.post(attempt + "/thread/reply", "answer", "  ");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("Your reply is empty").contains("id=\"move-on\"");
        assertThat(count("SELECT COUNT(*) FROM probe_turn WHERE attempt_id = ? AND replied_at IS NOT NULL", id(attempt))).isZero();
        var moved = c.post(attempt + "/thread/reply", "answer", "", "skip", "1");
        assertThat(moved.location()).isEqualTo(attempt + "/rate");
        assertThat(count("SELECT COUNT(*) FROM probe_turn WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
    }

    @Test
    void theCheckboxTurnsFollowUpsOff() {
        TestClient c = learner("ed");
        String attempt = startMock(c, "pushback", "off");
        c.get(attempt);
        assertThat(c.post(attempt + "/submit", "answer", ANSWER).location()).isEqualTo(attempt + "/rate");
        assertThat(count("SELECT COUNT(*) FROM probe_turn")).isZero();
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
    }

    @Test
    void anotherLearnerCanNeitherSeeNorReply() {
        TestClient ada = learner("fay");
        String attempt = startWitnessFirst(server, ada);
        ada.get(attempt);
        ada.post(attempt + "/submit", "answer", ANSWER);
        TestClient eve = server.client().signUp("eve@example.com", "correct horse battery");
        assertThat(eve.get(attempt + "/thread").status()).isEqualTo(404);
        assertThat(eve.post(attempt + "/thread/draft", "answer", "mine now").status()).isEqualTo(404);
        assertThat(eve.post(attempt + "/thread/reply", "answer", "mine now").status()).isEqualTo(404);
        assertThat(ada.postWithoutCsrf(attempt + "/thread/reply", "answer", "forged").status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM probe_turn WHERE reply <> ''")).isZero();
    }

    @Test
    void aReplyOverTheLimitKeepsEveryCharacterOnThePage() {
        TestClient c = learner("gus", "--max-answer-chars", "200");
        String attempt = startWitnessFirst(server, c);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", ANSWER);
        String longReply = "x".repeat(250);
        var tooLong = c.post(attempt + "/thread/reply", "answer", longReply);
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.body()).contains(longReply).contains("the limit is 200");
        assertThat(c.post(attempt + "/thread/draft", "answer", longReply).status()).isEqualTo(413);
    }

    @Test
    void theClockOwnsAReplyAndAnUnattendedOneClosesAndIsGraded() throws Exception {
        TestClient c = learner("hal", "--drill-seconds", "2", "--grace-seconds", "1");
        String attempt = startWitnessFirst(server, c);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", ANSWER);
        c.post(attempt + "/thread/draft", "answer", "what I had typed");
        // The learner's page submits at zero: the reply stands, the next probe is asked, and the notice says why.
        var bell = c.post(attempt + "/thread/reply", "answer", "what I had typed", "timeUp", "1");
        assertThat(bell.location()).isEqualTo(attempt + "/thread");
        assertThat(c.get(bell.location()).body()).contains("Time is up");
        // Nobody on the page for the second probe: the sweep closes it and the thread is graded.
        long deadline = System.currentTimeMillis() + 20_000;
        while (count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt)) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count("SELECT COUNT(*) FROM probe_turn WHERE attempt_id = ? AND replied_at IS NULL", id(attempt))).isZero();
        assertThat(count("SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
        assertThat(server.query(String.class, "SELECT reply FROM probe_turn WHERE attempt_id = ? AND turn = 1", id(attempt)))
                .isEqualTo("what I had typed");
        assertThat(c.get(attempt + "/thread").location()).isEqualTo(attempt + "/rate");
    }

    @Test
    void aRestartMidProbeKeepsTheReplyAndTheClock() {
        TestClient c = learner("ida");
        String attempt = startWitnessFirst(server, c);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", ANSWER);
        c.post(attempt + "/thread/draft", "answer", "half a reply, saved");
        long before = remainingMs(c.get(attempt + "/thread").body());
        server.restart();
        String page = c.get(attempt + "/thread").body();
        assertThat(page).contains("half a reply, saved");
        long after = remainingMs(page);
        assertThat(after).isPositive().isLessThanOrEqualTo(before); // the deadline was kept, not restarted
    }

    static long remainingMs(String html) {
        var m = java.util.regex.Pattern.compile("data-remaining-ms=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).as("the page shows a clock").isTrue();
        return Long.parseLong(m.group(1));
    }

    private void waitForGrade(String attempt) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", id(attempt)) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count("SELECT COUNT(*) FROM grade WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
    }
}
