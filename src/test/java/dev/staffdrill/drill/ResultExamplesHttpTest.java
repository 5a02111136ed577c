package dev.staffdrill.drill;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Weak and Moderate examples are part of the answer key: never shown before submission. */
class ResultExamplesHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    @Test
    void examplesAppearBesideTheModelAnswerOnlyAfterSubmission() {
        TestClient c = server.client().signUp("ada@example.com", "correct horse battery");
        var started = c.post("/drills", "mode", "EXERCISE", "questionId", "14-ex-deep");
        assertThat(started.status()).isEqualTo(303);
        String attempt = c.get(started.location()).location();
        assertThat(attempt).matches("/attempts/\\d+");

        var question = c.get(attempt);
        assertThat(question.status()).isEqualTo(200);
        assertThat(question.body()).contains("40K writes/s")
                .doesNotContain("SECRET-WEAK", "SECRET-MODERATE", "Why Weak", "Why Moderate");
        assertThat(c.get(attempt + "/result").status()).isEqualTo(404);

        assertThat(c.post(attempt + "/submit", "answer", "eventual for carts, strong at checkout").status()).isEqualTo(303);
        assertThat(c.get(attempt + "/result").status()).isEqualTo(303); // rate first: still no answer key
        assertThat(DrillHttpTest.rateAll(c, attempt, "MODERATE").status()).isEqualTo(303);

        String result = c.get(attempt + "/result").body();
        assertThat(result).contains("per-cart causal ordering", "SECRET-WEAK", "Why Weak: names a model, no cost",
                "SECRET-MODERATE", "Why Moderate: sound split");
        assertThat(result.indexOf("SECRET-WEAK")).isGreaterThan(result.indexOf("per-cart causal ordering"));
        assertThat(result.indexOf("SECRET-MODERATE")).isGreaterThan(result.indexOf("SECRET-WEAK"));
    }

    @Test
    void aQuestionWithoutExamplesShowsNoEmptySection() {
        TestClient c = server.client().signUp("bo@example.com", "correct horse battery");
        String attempt = c.get(c.post("/drills", "mode", "EXERCISE", "questionId", "14-fu-q1").location()).location();
        c.get(attempt);
        c.post(attempt + "/submit", "answer", "hedge after p95");
        DrillHttpTest.rateAll(c, attempt, "WEAK");
        assertThat(c.get(attempt + "/result").body()).contains("SECRET-MODEL-1").doesNotContain("What Weak and Moderate look like");
    }

    @Test
    void anotherLearnerCannotSeeTheExamplesOfMySubmittedAttempt() {
        TestClient ada = server.client().signUp("cy@example.com", "correct horse battery");
        String attempt = ada.get(ada.post("/drills", "mode", "EXERCISE", "questionId", "14-ex-deep").location()).location();
        ada.get(attempt);
        ada.post(attempt + "/submit", "answer", "eventual everywhere");
        DrillHttpTest.rateAll(ada, attempt, "WEAK");
        TestClient eve = server.client().signUp("eve@example.com", "correct horse battery");
        var peek = eve.get(attempt + "/result");
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.body()).doesNotContain("SECRET-WEAK");
    }
}
