package dev.staffdrill.web;

import dev.staffdrill.testing.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** An unknown address gets a page a person can use, not the router's "Endpoint GET /x not found". */
class NotFoundPageHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    @Test
    void unknownAddressesSayItInWords() {
        var anonymous = server.client().get("/nonexistent");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.body()).contains("There is nothing here, or it is not yours to see.")
                .contains("Back to the start").doesNotContain("Endpoint").doesNotContain("/nonexistent not found");
        var learner = server.client().signUp("ada@example.com", "correct horse battery");
        assertThat(learner.get("/attempts/999999/result").body()).contains("There is nothing here")
                .doesNotContain(">Not found</p>");
    }
}
