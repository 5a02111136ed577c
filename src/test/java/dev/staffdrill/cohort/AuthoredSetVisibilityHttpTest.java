package dev.staffdrill.cohort;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static org.assertj.core.api.Assertions.assertThat;

/** An instructor's hand-built set is theirs and their cohorts': nobody else starts it or learns its title by id. */
class AuthoredSetVisibilityHttpTest {
    private static final String PW = "correct horse battery";
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    @Test
    void aLearnerOutsideTheInstructorsCohortsGets404AndNoTitle() {
        TestClient instructor = server.client().signUp("ines@example.com", PW); // first account: admin, may author
        instructor.get("/authoring/sets/new");
        assertThat(instructor.post("/authoring/sets", "title", "Secret picks", "q", "14-fu-q4", "q", "14-ex-deep")
                .status()).isEqualTo(302);
        String setId = "custom-" + server.query(Long.class, "SELECT id FROM authored_set");

        TestClient stranger = server.client().signUp("sam@example.com", PW);
        var refused = stranger.post("/drills", "mode", "SET", "setId", setId);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Secret picks");
        assertThat(server.query(Long.class, "SELECT COUNT(*) FROM drill")).isZero();

        long cohort = createCohort(instructor, "Picks");
        TestClient member = server.client().signUp("lee@example.com", PW);
        join(member, joinCode(instructor, cohort));
        assertThat(member.post("/drills", "mode", "SET", "setId", setId).status()).isEqualTo(303);
        assertThat(instructor.post("/drills", "mode", "SET", "setId", setId).status()).as("its author").isEqualTo(303);
        assertThat(stranger.post("/drills", "mode", "SET", "setId", setId).status()).as("still a stranger").isEqualTo(404);
    }
}
