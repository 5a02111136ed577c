package dev.staffdrill.cohort;

import dev.staffdrill.App;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static dev.staffdrill.cohort.CohortFlow.assign;
import static dev.staffdrill.cohort.CohortFlow.complete;
import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static dev.staffdrill.cohort.CohortFlow.start;
import static org.assertj.core.api.Assertions.assertThat;

/** Cohorts over real HTTP: joining, assignments, one-click start, late marking. */
class CohortHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    App app;
    TestClient instructor;
    TestClient learner;

    @BeforeEach
    void launch() {
        app = server.app();
        instructor = server.client().signUp("ines@example.com", "correct horse battery"); // first: admin
        learner = server.client().signUp("lee@example.com", "correct horse battery");
    }

    @Test
    void learnerJoinsOnlyAfterConfirmingAndOnlyOnce() {
        long cohort = createCohort(instructor, "Spring L6");
        String code = joinCode(instructor, cohort);
        var confirm = learner.get("/join/" + code);
        assertThat(confirm.body()).contains("Spring L6").contains("User ines@example.com").contains("id=\"join\"");
        assertThat(instructor.get("/cohorts/" + cohort + "/members").body()).doesNotContain("lee@example.com");
        join(learner, code);
        join(learner, code.toUpperCase()); // typed in capitals, and a second time: still one membership
        assertThat(learner.get("/join/" + code).body()).contains("already a member");
        String members = instructor.get("/cohorts/" + cohort + "/members").body();
        assertThat(members.split("<td>lee@example.com</td>", -1)).hasSize(2);
    }

    @Test
    void revokedOrReplacedCodeStopsWorking() {
        long cohort = createCohort(instructor, "Spring L6");
        String first = joinCode(instructor, cohort);
        assertThat(instructor.post("/cohorts/" + cohort + "/code").status()).isEqualTo(302);
        String second = joinCode(instructor, cohort);
        assertThat(second).isNotEqualTo(first).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(learner.get("/join/" + first).status()).isEqualTo(404);
        assertThat(learner.post("/join/" + first).status()).isEqualTo(404);
        assertThat(instructor.post("/cohorts/" + cohort + "/code/revoke").status()).isEqualTo(302);
        assertThat(instructor.get("/cohorts/" + cohort + "/members").body()).contains("Joining is closed");
        assertThat(learner.get("/join/" + second).status()).isEqualTo(404);
    }

    @Test
    void removedMemberLosesTheCohortsAssignments() {
        long cohort = createCohort(instructor, "Spring L6");
        join(learner, joinCode(instructor, cohort));
        long a = assign(instructor, cohort, "warmup", "Week 1", "");
        assertThat(learner.get("/assignments").body()).contains("Week 1").contains("not started");
        long learnerId = userId("lee@example.com");
        assertThat(instructor.post("/cohorts/" + cohort + "/members/" + learnerId + "/remove").status()).isEqualTo(302);
        assertThat(instructor.get("/cohorts/" + cohort + "/members").body()).contains("was removed")
                .doesNotContain("<td>lee@example.com</td>");
        assertThat(learner.get("/assignments").body()).doesNotContain("Week 1");
        assertThat(learner.post("/assignments/" + a + "/start").status()).isEqualTo(404);
    }

    @Test
    void startIsOneClickAndResumesTheSameDrillTiedToTheAssignment() {
        long cohort = createCohort(instructor, "Spring L6");
        join(learner, joinCode(instructor, cohort));
        long a = assign(instructor, cohort, "warmup", "Week 1", "");
        long drill = start(learner, a);
        assertThat(start(learner, a)).isEqualTo(drill);
        Long stored = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT assignment_id FROM drill WHERE id = :d").bind("d", drill).mapTo(Long.class).one());
        assertThat(stored).isEqualTo(a);
        assertThat(learner.get("/assignments").body()).contains("in progress").contains("0 of 3 submitted");
    }

    @Test
    void workAfterTheDueDateIsAcceptedAndMarkedLate() {
        long cohort = createCohort(instructor, "Spring L6");
        join(learner, joinCode(instructor, cohort));
        long past = assign(instructor, cohort, "warmup", "Overdue week", "2020-01-06T18:00");
        long future = assign(instructor, cohort, "warmup", "Next week", "2099-01-06T18:00");
        assertThat(learner.get("/assignments").body()).contains("past due");
        assertThat(complete(learner, start(learner, past), "hedge reads after p95")).hasSize(3);
        assertThat(complete(learner, start(learner, future), "hedge reads after p95")).hasSize(3);
        String mine = learner.get("/assignments").body();
        assertThat(row(mine, past)).contains("submitted late").contains("3 of 3 submitted");
        assertThat(row(mine, future)).contains(">submitted<").doesNotContain("late");
        String theirs = instructor.get("/cohorts/" + cohort + "/assignments").body();
        assertThat(theirs).containsPattern("Overdue week</a></td>\\s*<td>.*</td>\\s*<td>2020-01-06 18:00 UTC</td>"
                + "<td>[^<]*</td>\\s*<td>1 of 1</td><td>1</td>");
        assertThat(theirs).containsPattern("Next week</a>(?s).*?<td>1 of 1</td><td>0</td>");
    }

    @Test
    void assignmentClockReplacesTheQuestionsOwn() {
        long cohort = createCohort(instructor, "Spring L6");
        join(learner, joinCode(instructor, cohort));
        instructor.get("/cohorts/" + cohort + "/assignments");
        instructor.post("/cohorts/" + cohort + "/assignments", "setId", "warmup", "title", "Sprint", "due", "",
                "minutes", "2");
        long a = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM assignment WHERE title = 'Sprint'")
                .mapTo(Long.class).one());
        long drill = start(learner, a);
        String attempt = learner.get("/drills/" + drill).location();
        assertThat(learner.get(attempt).status()).isEqualTo(200); // opening starts the server's clock
        long seconds = app.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT started_at, deadline_at FROM attempt WHERE id = :id")
                .bind("id", Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1)))
                .map((rs, c) -> java.time.Duration.between(rs.getObject(1, java.time.OffsetDateTime.class),
                        rs.getObject(2, java.time.OffsetDateTime.class)).toSeconds()).one());
        assertThat(seconds).isEqualTo(120); // the fixture's questions have 5-minute clocks
    }

    private long userId(String username) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE username = :u")
                .bind("u", username).mapTo(Long.class).one());
    }

    /** The table row of one assignment on the learner's page. */
    private static String row(String page, long assignmentId) {
        int at = page.indexOf("data-assignment=\"" + assignmentId + "\"");
        assertThat(at).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
