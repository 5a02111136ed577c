package dev.staffdrill.review;

import dev.staffdrill.cohort.CohortFlow;
import dev.staffdrill.testing.ThreadFixtures;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An instructor assigns a set with follow-ups and reads each learner's thread in review and in the CSV. */
class ThreadReviewHttpTest {
    @RegisterExtension
    static final RunningApp server = RunningApp.withContent(ThreadFixtures.content());

    @Test
    void anAssignmentWithFollowUpsShowsTheThreadToItsInstructorOnly() throws Exception {
        TestClient instructor = server.client().signUp("ines@example.com", "correct horse battery"); // first: admin
        long cohort = CohortFlow.createCohort(instructor, "Pushback cohort");
        TestClient learner = server.client().signUp("lee@example.com", "correct horse battery");
        CohortFlow.join(learner, CohortFlow.joinCode(instructor, cohort));
        instructor.get("/cohorts/" + cohort + "/assignments");
        var assigned = instructor.post("/cohorts/" + cohort + "/assignments", "setId", "pushback", "title", "Week 1",
                "due", "", "minutes", "", "tz", "UTC", "probes", "1");
        assertThat(assigned.status()).isEqualTo(302);
        assertThat(instructor.post("/cohorts/" + cohort + "/assignments", "setId", "pushback", "title", "Bad",
                "due", "", "minutes", "", "tz", "UTC", "probes", "9").status()).isEqualTo(400);
        long assignment = server.query(Long.class, "SELECT id FROM assignment WHERE title = 'Week 1'");

        long drill = CohortFlow.start(learner, assignment);
        String attempt = learner.get("/drills/" + drill).location();
        learner.get(attempt);
        assertThat(learner.post(attempt + "/submit", "answer", ThreadFixtures.WITNESS_ANSWER).location()).isEqualTo(attempt + "/thread");
        String reply = "Every writer among the 2M daily users fails for about 20 minutes, roughly 1,200 orders.";
        assertThat(learner.post(attempt + "/thread/reply", "answer", reply).location()).isEqualTo(attempt + "/rate");
        CohortFlow.rateAll(learner, attempt, "MODERATE");
        CohortFlow.awaitGraded(server.app(), 1);

        long attemptId = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        String ask = server.query(String.class, "SELECT ask FROM probe_turn WHERE attempt_id = ?", attemptId);
        var review = instructor.get("/cohorts/" + cohort + "/attempts/" + attemptId);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("Under pushback").contains(ask.substring(0, 40)).contains(reply);

        String csv = instructor.get("/cohorts/" + cohort + "/export.csv").body();
        Matcher row = Pattern.compile("(?m)^.*14-fu-witness.*$").matcher(csv);
        assertThat(row.find()).as(csv).isTrue();
        assertThat(csv).contains(",1,\"Interviewer: " + ask.substring(0, 30)).contains("/ Learner: " + reply);

        TestClient other = server.client().signUp("otto@example.com", "correct horse battery");
        assertThat(other.get("/cohorts/" + cohort + "/attempts/" + attemptId).status()).isIn(403, 404);
    }
}
