package dev.staffdrill.cohort;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static org.assertj.core.api.Assertions.assertThat;

/** An invite link survives log-in and sign-up; a dead one says what to do. */
class InviteFlowHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    @Test
    void anInviteOpenedLoggedOutLeadsThroughSignUpToTheJoinPage() {
        TestClient instructor = server.client().signUp("ines@example.com", "correct horse battery");
        String code = joinCode(instructor, createCohort(instructor, "Spring L6"));

        TestClient visitor = server.client();
        var toLogin = visitor.get("/join/" + code);
        assertThat(toLogin.location()).startsWith("/login?next=");
        String login = visitor.get(toLogin.location()).body();
        assertThat(login).contains("/signup?next=%2Fjoin%2F" + code);
        assertThat(visitor.get("/signup?next=%2Fjoin%2F" + code).body()).contains("value=\"/join/" + code + "\"");

        var signedUp = visitor.post("/signup", "displayName", "Lee", "username", "lee@example.com",
                "password", "correct horse battery", "next", "/join/" + code);
        assertThat(signedUp.location()).isEqualTo("/join/" + code);
        String confirm = visitor.get(signedUp.location()).body();
        assertThat(confirm).contains("Your account is ready").contains("Spring L6").contains("id=\"join\"");
    }

    @Test
    void signUpNeverRedirectsOffSite() {
        var signedUp = server.client().post("/signup", "displayName", "Eve", "username", "eve@example.com",
                "password", "correct horse battery", "next", "//evil.example/x");
        assertThat(signedUp.location()).isEqualTo("/");
    }

    @Test
    void aDeadInviteSaysItNoLongerWorksAndJoiningShowsTheCohort() {
        TestClient instructor = server.client().signUp("ines@example.com", "correct horse battery");
        TestClient learner = server.client().signUp("lee@example.com", "correct horse battery");
        long cohort = createCohort(instructor, "Spring L6");
        String old = joinCode(instructor, cohort);
        instructor.post("/cohorts/" + cohort + "/code");
        var dead = learner.get("/join/" + old);
        assertThat(dead.status()).isEqualTo(404);
        assertThat(dead.body()).contains("This invite no longer works").contains("Ask your instructor for a new link");

        join(learner, joinCode(instructor, cohort));
        String assignments = learner.get("/assignments").body();
        assertThat(assignments).contains("Your cohorts").contains("Spring L6")
                .contains("They appear here when your instructor assigns a set")
                .doesNotContain("Join a cohort with the link or code your instructor gave you.");
    }
}
