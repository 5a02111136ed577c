package dev.staffdrill.cohort;

import dev.staffdrill.App;
import dev.staffdrill.account.Role;
import dev.staffdrill.account.UserRepository;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.staffdrill.cohort.CohortFlow.assign;
import static dev.staffdrill.cohort.CohortFlow.complete;
import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static dev.staffdrill.cohort.CohortFlow.start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership is the rule: another instructor gets 404 (never 403) for a cohort they do not own and
 * for every attempt in it, and nothing changes; learners never reach instructor pages.
 */
class CohortAuthorizationHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    App app;
    TestClient owner;
    TestClient other;
    TestClient learner;
    long cohort;
    long attemptId;
    long learnerId;
    String code;

    @BeforeEach
    void launch() {
        app = server.app();
        owner = server.client().signUp("owner@example.com", "correct horse battery"); // admin
        other = server.client().signUp("other@example.com", "correct horse battery");
        learner = server.client().signUp("lee@example.com", "correct horse battery");
        UserRepository users = new UserRepository(app.database().jdbi());
        users.setRole(users.byUsername("other@example.com").orElseThrow().id(), Role.INSTRUCTOR);
        learnerId = users.byUsername("lee@example.com").orElseThrow().id();
        cohort = createCohort(owner, "Owner's cohort");
        code = joinCode(owner, cohort);
        join(learner, code);
        long a = assign(owner, cohort, "warmup", "Week 1", "");
        List<String> attempts = complete(learner, start(learner, a), "We hedge reads after p95 at 40K QPS.");
        attemptId = Long.parseLong(attempts.get(0).substring(attempts.get(0).lastIndexOf('/') + 1));
    }

    private List<String> pages() {
        String c = "/cohorts/" + cohort;
        return List.of(c, c + "?assignment=1&sort=B", c + "/members", c + "/assignments", c + "/review", c + "/export.csv",
                c + "/learners/" + learnerId, c + "/attempts/" + attemptId, c + "/attempts/" + attemptId + "/grade");
    }

    @Test
    void theOwnerReachesEveryPage() {
        for (String p : pages()) {
            assertThat(owner.get(p).status()).as(p).isEqualTo(200);
        }
    }

    @Test
    void anotherInstructorGets404EverywhereAndChangesNothing() {
        other.get("/cohorts");
        for (String p : pages()) {
            var r = other.get(p);
            assertThat(r.status()).as(p).isEqualTo(404);
            assertThat(r.body()).as(p).doesNotContain("Owner's cohort").doesNotContain("hedge reads");
        }
        String c = "/cohorts/" + cohort;
        assertThat(other.post(c + "/attempts/" + attemptId + "/override", "level_B", "STRONG", "comment_B", "mine now")
                .status()).isEqualTo(404);
        assertThat(other.post(c + "/attempts/" + attemptId + "/reviewed").status()).isEqualTo(404);
        assertThat(other.post(c + "/members/" + learnerId + "/remove").status()).isEqualTo(404);
        assertThat(other.post(c + "/code").status()).isEqualTo(404);
        assertThat(other.post(c + "/code/revoke").status()).isEqualTo(404);
        assertThat(other.post(c + "/assignments", "setId", "warmup", "title", "Sneaky", "due", "", "minutes", "").status())
                .isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM grade_override")).isZero();
        assertThat(count("SELECT COUNT(*) FROM grade_review")).isZero();
        assertThat(count("SELECT COUNT(*) FROM cohort_member")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM assignment")).isEqualTo(1);
        assertThat(joinCode(owner, cohort)).isEqualTo(code);
        assertThat(other.get("/cohorts").body()).doesNotContain("Owner's cohort");
    }

    @Test
    void anotherInstructorCannotReachTheAttemptThroughTheirOwnCohortEither() {
        long theirs = createCohort(other, "Other cohort");
        join(learner, joinCode(other, theirs)); // the learner is in both cohorts now
        assertThat(other.get("/cohorts/" + theirs + "/learners/" + learnerId).status()).isEqualTo(200);
        assertThat(other.get("/cohorts/" + theirs + "/learners/" + learnerId).body()).doesNotContain("Follow-up number");
        assertThat(other.get("/cohorts/" + theirs + "/attempts/" + attemptId).status()).isEqualTo(404);
        assertThat(other.post("/cohorts/" + theirs + "/attempts/" + attemptId + "/override", "level_B", "STRONG",
                "comment_B", "mine now").status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM grade_override")).isZero();
    }

    @Test
    void aRemovedLearnersAttemptsAreNoLongerOpen() {
        assertThat(owner.post("/cohorts/" + cohort + "/members/" + learnerId + "/remove").status()).isEqualTo(302);
        assertThat(owner.get("/cohorts/" + cohort + "/attempts/" + attemptId).status()).isEqualTo(404);
        assertThat(owner.get("/cohorts/" + cohort + "/learners/" + learnerId).status()).isEqualTo(404);
    }

    @Test
    void learnersCannotReachInstructorPages() {
        for (String p : pages()) {
            assertThat(learner.get(p).status()).as(p).isEqualTo(404);
        }
        for (String p : List.of("/cohorts", "/authoring/import", "/authoring/sets/new")) {
            assertThat(learner.get(p).status()).as(p).isEqualTo(404);
        }
        assertThat(learner.post("/cohorts", "name", "Mine").status()).isEqualTo(404);
        assertThat(learner.post("/authoring/sets", "title", "x", "q", "14-fu-q1").status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM cohort")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM authored_set")).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        TestClient anon = server.client();
        var r = anon.get("/cohorts/" + cohort);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.location()).startsWith("/login");
        assertThat(anon.get("/join/" + code).location()).startsWith("/login?next=%2Fjoin%2F");
    }

    private int count(String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
