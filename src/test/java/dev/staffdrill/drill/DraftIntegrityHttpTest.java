package dev.staffdrill.drill;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A saved draft is only ever replaced by a readable answer, and renders exactly as stored. */
class DraftIntegrityHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    private long id(String attempt) {
        return Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
    }

    private String stored(String attempt) {
        return server.query(String.class, "SELECT answer FROM attempt WHERE id = ?", id(attempt));
    }

    @Test
    void aSaveWithoutAReadableAnswerIs400AndChangesNothing() {
        TestClient c = server.client().signUp("ada@example.com", "correct horse battery");
        String attempt = DrillHttpTest.startMock(c, 1);
        c.get(attempt);
        assertThat(c.post(attempt + "/draft", "answer", "my careful draft").status()).isEqualTo(200);
        int revision = server.query(Integer.class, "SELECT draft_revision FROM attempt WHERE id = ?", id(attempt));
        String form = "application/x-www-form-urlencoded";
        for (TestClient.Page p : new TestClient.Page[]{
                c.postRaw(attempt + "/draft", form, "answer=caf%E2%8"),        // truncated escape
                c.postRaw(attempt + "/draft", form, "answer=%FF%FE"),          // not UTF-8
                c.postRaw(attempt + "/draft", form, ""),                       // empty body
                c.postRaw(attempt + "/draft", form, "text=hello"),             // no answer field
                c.postRaw(attempt + "/draft", form, "answer"),                 // no value
                c.postRaw(attempt + "/draft", form, "answer=a&answer=b"),      // which one?
                c.postRaw(attempt + "/draft", "application/json", "{\"answer\":\"json\"}")}) {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.body()).contains("\"saved\":false").contains("nothing was changed");
        }
        assertThat(stored(attempt)).isEqualTo("my careful draft");
        assertThat(server.query(Integer.class, "SELECT draft_revision FROM attempt WHERE id = ?", id(attempt)))
                .isEqualTo(revision);
        // An empty answer sent on purpose is still a save.
        assertThat(c.postRaw(attempt + "/draft", form, "answer=").status()).isEqualTo(200);
        assertThat(stored(attempt)).isEmpty();
        assertThat(c.postRaw(attempt + "/draft", form, "answer=caf%C3%A9+%F0%9F%98%80&x=1").status()).isEqualTo(200);
        assertThat(stored(attempt)).isEqualTo("café 😀");
    }

    @Test
    void aDraftStartingWithANewlineKeepsItOnThePage() {
        TestClient c = server.client().signUp("ada@example.com", "correct horse battery");
        String attempt = DrillHttpTest.startMock(c, 1);
        c.get(attempt);
        assertThat(c.post(attempt + "/draft", "answer", "\n\nindented start").status()).isEqualTo(200);
        String page = c.get(attempt).body();
        // The parser drops exactly one newline after <textarea ...>; the page must carry one more than the draft.
        assertThat(page).contains("aria-describedby=\"save-state word-count\">\n\n\nindented start</textarea>");
    }

    @Test
    void aSubmitWhoseGradeRequestWasNeverWrittenIsGradedOnceAtTheNextStart() throws Exception {
        TestClient c = server.client().signUp("ada@example.com", "correct horse battery");
        String attempt = DrillHttpTest.startMock(c, 1);
        c.get(attempt);
        assertThat(c.post(attempt + "/submit", "answer", "final").status()).isEqualTo(303);
        awaitGrades(1);
        // As if the process had died between committing the submit and writing its grading request.
        server.app().database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM grade WHERE attempt_id = ?", id(attempt));
            h.execute("DELETE FROM grading_request WHERE attempt_id = ?", id(attempt));
        });
        server.restart();
        awaitGrades(1);
        server.restart(); // and a further start does not grade it again
        Thread.sleep(500);
        assertThat(server.query(Integer.class, "SELECT COUNT(*) FROM grade WHERE attempt_id = ?", id(attempt))).isEqualTo(1);
        assertThat(server.query(Integer.class, "SELECT COUNT(*) FROM grading_request WHERE attempt_id = ?", id(attempt)))
                .isEqualTo(1);
    }

    private void awaitGrades(int n) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until && server.query(Integer.class, "SELECT COUNT(*) FROM grade") < n) {
            Thread.sleep(50);
        }
        assertThat(server.query(Integer.class, "SELECT COUNT(*) FROM grade")).isEqualTo(n);
    }
}
