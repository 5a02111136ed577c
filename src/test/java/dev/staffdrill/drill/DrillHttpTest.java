package dev.staffdrill.drill;

import dev.staffdrill.App;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

class DrillHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures().lazily(); // each test picks its flags
    App app;

    private TestClient learner(String... flags) {
        app = server.start(flags);
        return server.client().signUp("ada@example.com", "correct horse battery");
    }

    /** Starts a drill and returns the first attempt's path, e.g. /attempts/1. */
    static String startMock(TestClient c, int count) {
        var started = c.post("/drills", "mode", "MOCK", "chapter", "14", "count", String.valueOf(count));
        assertThat(started.status()).isEqualTo(303);
        var resumed = c.get(started.location());
        assertThat(resumed.status()).isEqualTo(303);
        assertThat(resumed.location()).matches("/attempts/\\d+");
        return resumed.location();
    }

    /** Rates every dimension the rate form asks about. */
    static TestClient.Page rateAll(TestClient c, String attempt, String level) {
        var rate = c.get(attempt + "/rate").body();
        var form = new java.util.ArrayList<String>();
        for (String d : new String[]{"A", "B", "C", "D", "E"}) {
            if (rate.contains("name=\"level_" + d + "\"")) {
                form.add("level_" + d);
                form.add(level);
            }
        }
        assertThat(form).isNotEmpty();
        return c.post(attempt + "/rate", form.toArray(String[]::new));
    }

    private String storedAnswer(String attemptPath) {
        long id = Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT answer FROM attempt WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private int submittedCount(String attemptPath) {
        long id = Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
        return app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM attempt WHERE id = :id AND submitted_at IS NOT NULL").bind("id", id).mapTo(Integer.class).one());
    }

    @Test
    void questionPageShowsThePromptButNeverTheGuidanceBeforeSubmission() {
        TestClient c = learner();
        String attempt = startMock(c, 3);
        var page = c.get(attempt);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("900 ms").contains("Question 1 of 3").contains("data-remaining-ms")
                .doesNotContain("SECRET-GUIDANCE").doesNotContain("SECRET-MODEL");
        assertThat(c.get(attempt + "/result").status()).isEqualTo(404);
        assertThat(c.get(attempt + "/rate").status()).isEqualTo(404);
        assertThat(c.get(attempt + "/grade").status()).isEqualTo(404);
    }

    @Test
    void autosaveThenSubmitThenRateShowsGuidance() {
        TestClient c = learner();
        String attempt = startMock(c, 3);
        c.get(attempt);
        var saved = c.post(attempt + "/draft", "answer", "first draft");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("\"saved\":true").contains("\"revision\":1");
        assertThat(storedAnswer(attempt)).isEqualTo("first draft");
        assertThat(c.get(attempt).body()).contains("first draft");

        var submitted = c.post(attempt + "/submit", "answer", "final answer: hedge after p95");
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.location()).isEqualTo(attempt + "/rate");
        assertThat(c.get(attempt + "/result").status()).isEqualTo(303); // rate first
        assertThat(rateAll(c, attempt, "MODERATE").status()).isEqualTo(303);
        var result = c.get(attempt + "/result");
        assertThat(result.body()).contains("SECRET-GUIDANCE").contains("SECRET-MODEL").contains("final answer: hedge after p95");
    }

    @Test
    void aSubmittedAnswerIsGradedInTheBackgroundAndThePanelUpdates() throws InterruptedException {
        TestClient c = learner();
        String attempt = startMock(c, 3);
        c.get(attempt);
        c.post(attempt + "/submit", "answer", "If one of 5 replicas slows to 900 ms, about 20% of reads stall; "
                + "we hedge after the p95 of 12 ms and eject the replica, rather than waiting for a timeout, "
                + "because the 200 ms page budget is the dominant constraint.");
        rateAll(c, attempt, "MODERATE");
        String panel = "";
        for (int i = 0; i < 50 && (panel.isEmpty() || panel.contains("grading…")); i++) {
            Thread.sleep(200);
            panel = c.get(attempt + "/grade").body();
        }
        assertThat(panel).doesNotContain("grading…").contains("Automatic signal check");
        assertThat(c.get(attempt + "/result").body()).contains("grade-panel").contains("level");

        // Offline, under an unchanged rubric, grading again could only repeat the grade: not offered,
        // and a forged request says so and adds nothing (with an LLM it is offered: CacheHitRegradeTest).
        assertThat(c.get(attempt + "/result").body()).doesNotContain("Grade again");
        var again = c.post(attempt + "/regrade");
        assertThat(again.status()).isEqualTo(302);
        assertThat(c.get(again.location()).body()).contains("Grading again would give the same result");
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        Thread.sleep(500); // a grading job would have run by now
        int grades = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM grade WHERE attempt_id = :a")
                .bind("a", id).mapTo(Integer.class).one());
        assertThat(grades).isEqualTo(1);
    }

    @Test
    void doubleSubmitIsIdempotent() {
        TestClient c = learner();
        String attempt = startMock(c, 3);
        c.get(attempt);
        assertThat(c.post(attempt + "/submit", "answer", "the one answer").status()).isEqualTo(303);
        assertThat(c.post(attempt + "/submit", "answer", "a second tab's different text").status()).isEqualTo(303);
        assertThat(storedAnswer(attempt)).isEqualTo("the one answer");
        assertThat(submittedCount(attempt)).isEqualTo(1);
        long attempts = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attempt").mapTo(Long.class).one());
        assertThat(attempts).isEqualTo(3);
    }

    @Test
    void oversizedAnswerIsRefusedWithAClearMessageAndNothingIsCut() {
        TestClient c = learner("--max-answer-chars", "200");
        String attempt = startMock(c, 3);
        c.get(attempt);
        c.post(attempt + "/draft", "answer", "short and kept");
        String big = "x".repeat(201);
        var draft = c.post(attempt + "/draft", "answer", big);
        assertThat(draft.status()).isEqualTo(413);
        assertThat(draft.body()).contains("201 characters").contains("limit is 200");
        var submit = c.post(attempt + "/submit", "answer", big);
        assertThat(submit.status()).isEqualTo(413);
        assertThat(submit.body()).contains("limit is 200").contains(big); // the text stays on the page
        assertThat(storedAnswer(attempt)).isEqualTo("short and kept");
        assertThat(submittedCount(attempt)).isZero();
    }

    @Test
    void editsAfterDeadlinePlusGraceAreRefusedAndTheStoredAnswerStands() throws InterruptedException {
        TestClient c = learner("--drill-seconds", "1", "--grace-seconds", "1");
        String attempt = startMock(c, 3);
        c.get(attempt);
        c.post(attempt + "/draft", "answer", "written in time");
        Thread.sleep(2300);
        var late = c.post(attempt + "/draft", "answer", "written too late");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Time is up");
        c.post(attempt + "/submit", "answer", "also too late");
        assertThat(storedAnswer(attempt)).isEqualTo("written in time");
        String reason = app.database().jdbi().withHandle(h -> h.createQuery("SELECT submit_reason FROM attempt WHERE submitted_at IS NOT NULL")
                .mapTo(String.class).one());
        assertThat(reason).isEqualTo("TIME_LIMIT");
    }

    @Test
    void aFinalSaveWithinTheGracePeriodIsAccepted() throws InterruptedException {
        TestClient c = learner("--drill-seconds", "1", "--grace-seconds", "30");
        String attempt = startMock(c, 3);
        c.get(attempt);
        Thread.sleep(1300);
        assertThat(c.post(attempt + "/draft", "answer", "in flight at the bell").status()).isEqualTo(200);
        assertThat(storedAnswer(attempt)).isEqualTo("in flight at the bell");
    }

    @Test
    void anotherLearnerCannotSeeOrTouchMyAttempt() {
        TestClient ada = learner();
        String attempt = startMock(ada, 3);
        ada.get(attempt);
        ada.post(attempt + "/draft", "answer", "ada's private answer");
        TestClient bob = server.client().signUp("bob@example.com", "another long passphrase");
        assertThat(bob.get(attempt).status()).isEqualTo(404);
        assertThat(bob.post(attempt + "/draft", "answer", "bob was here").status()).isEqualTo(404);
        assertThat(bob.post(attempt + "/submit", "answer", "bob was here").status()).isEqualTo(404);
        assertThat(storedAnswer(attempt)).isEqualTo("ada's private answer");
    }

    @Test
    void summaryListsEveryQuestionAfterTheDrill() {
        TestClient c = learner();
        String attempt = startMock(c, 3);
        String drillUrl = null;
        for (int i = 0; i < 3; i++) {
            String a = i == 0 ? attempt : c.get(drillUrl).location();
            c.get(a);
            c.post(a + "/submit", "answer", "answer " + i);
            rateAll(c, a, "STRONG");
            var result = c.get(a + "/result").body();
            drillUrl = result.replaceAll("(?s).*id=\"next\" href=\"([^\"]+)\".*", "$1");
        }
        var done = c.get(drillUrl);
        assertThat(done.location()).endsWith("/summary");
        var summary = c.get(done.location()).body();
        assertThat(summary).contains("Follow-up number").contains("Strong").contains("submitted");
        assertThat(c.get("/history").body()).contains("3 follow-ups");
    }
}
