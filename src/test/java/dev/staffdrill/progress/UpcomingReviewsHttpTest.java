package dev.staffdrill.progress;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a skipped question is shown as skipped and comes back tomorrow (never graded), and the
 * dashboard lists the next seven days of reviews, each of which can be studied ahead.
 */
class UpcomingReviewsHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    @Test
    void aSkippedQuestionIsDueAgainTomorrowAndCanBeStudiedAhead() {
        TestClient c = server.client().signUp("ada@example.com", "correct horse battery");
        assertThat(c.get("/").body()).doesNotContain("id=\"upcoming-reviews\"");
        var started = c.post("/drills", "mode", "MOCK", "chapter", "14", "count", "2");
        String attempt = c.get(started.location()).location();
        c.get(attempt);
        assertThat(c.post(attempt + "/submit", "answer", "", "skip", "1").status()).isEqualTo(302);
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        String question = server.query(String.class, "SELECT question_id FROM attempt WHERE id = ?", id);

        String dashboard = c.get("/").body();
        int at = dashboard.indexOf("id=\"upcoming-reviews\"");
        assertThat(at).as("an upcoming-reviews card").isPositive();
        String card = dashboard.substring(at, dashboard.indexOf("</section>", at));
        assertThat(card).contains("<span class=\"tag\">skipped</span>").contains("tomorrow")
                .contains("name=\"only\" value=\"" + question + "\"").contains("Study ahead");
        assertThat(c.get("/history").body()).containsPattern("— [^<]*skipped</span>");

        var ahead = c.post("/bank/start", "only", question);
        assertThat(ahead.status()).isBetween(302, 303);
        assertThat(ahead.location()).matches("/drills/\\d+");
    }
}
