package dev.staffdrill.cohort;

import dev.staffdrill.App;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.staffdrill.cohort.CohortFlow.assign;
import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static dev.staffdrill.cohort.CohortFlow.start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 items 7 and 11: due dates are typed and shown in the viewer's time zone (stored UTC), a
 * past one needs confirming, and "late" means the same on the Completion table, the learner page
 * and the CSV: an answer submitted after the due date.
 */
class DueDatesHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    App app;
    TestClient instructor;
    TestClient learner;
    long cohort;

    @BeforeEach
    void launch() {
        app = server.app();
        instructor = server.client().signUp("ines@example.com", "correct horse battery"); // first: admin
        learner = server.client().signUp("lee@example.com", "correct horse battery");
        cohort = createCohort(instructor, "Spring L6");
        join(learner, joinCode(instructor, cohort));
    }

    private TestClient.Page assignIn(String title, String due, String tz, String... extra) {
        instructor.get("/cohorts/" + cohort + "/assignments");
        String[] form = {"setId", "warmup", "title", title, "due", due, "minutes", "", "tz", tz};
        String[] all = java.util.Arrays.copyOf(form, form.length + extra.length);
        System.arraycopy(extra, 0, all, form.length, extra.length);
        return instructor.post("/cohorts/" + cohort + "/assignments", all);
    }

    private Instant storedDue(String title) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT due_at FROM assignment WHERE title = :t")
                .bind("t", title).mapTo(OffsetDateTime.class).one()).toInstant();
    }

    private int assignments() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM assignment")
                .mapTo(Integer.class).one());
    }

    @Test
    void aDueDateIsTypedAndShownInTheViewersZone() {
        var r = assignIn("Berlin week", "2099-06-01T18:00", "Europe/Berlin");
        assertThat(r.status()).isEqualTo(302);
        assertThat(storedDue("Berlin week")).isEqualTo(Instant.parse("2099-06-01T16:00:00Z")); // CEST is UTC+2
        assertThat(instructor.get(r.location()).body()).contains("Due 2099-06-01 18:00 Europe/Berlin.")
                .doesNotContain("read as UTC");

        instructor.withCookie("sd_tz", "Europe%2FBerlin"); // what app.js stores
        assertThat(instructor.get("/cohorts/" + cohort + "/assignments").body())
                .contains("<td>2099-06-01 18:00 Europe/Berlin</td>").contains("data-tz-name>Europe/Berlin<");
        learner.withCookie("sd_tz", "America%2FNew_York");
        assertThat(learner.get("/assignments").body()).contains("2099-06-01 12:00 America/New_York");
        assertThat(learner.get("/").body()).contains("due 2099-06-01 12:00 America/New_York");
        learner.withCookie("sd_tz", "Not/AZone");
        assertThat(learner.get("/assignments").body()).contains("2099-06-01 16:00 UTC");
    }

    @Test
    void withoutAZoneWeKnowTheDateIsReadAsUtcAndTheNoticeSaysSo() {
        for (String tz : new String[]{"", "Mars/Olympus_Mons", "+02:00", "SystemV/EST5"}) {
            String title = "Week [" + tz + "]";
            var r = assignIn(title, "2099-06-01T18:00", tz);
            assertThat(r.status()).as(tz).isEqualTo(302);
            assertThat(storedDue(title)).as(tz).isEqualTo(Instant.parse("2099-06-01T18:00:00Z"));
            assertThat(instructor.get(r.location()).body()).as(tz)
                    .contains("Due 2099-06-01 18:00 UTC (read as UTC: your browser did not say its time zone).");
        }
    }

    @Test
    void aPastDueDateIsAssignedOnlyOnceConfirmed() {
        var warned = assignIn("Last week", "2020-01-06T18:00", "Europe/Berlin");
        assertThat(warned.status()).isEqualTo(422);
        assertThat(warned.body()).contains("id=\"past-due-warning\"")
                .contains("The due date 2020-01-06 18:00 Europe/Berlin has already passed")
                .contains("name=\"confirmPast\"")
                .contains("value=\"Last week\"").contains("value=\"2020-01-06T18:00\"").contains("value=\"Europe/Berlin\"")
                .containsPattern("<option value=\"warmup\" selected");
        assertThat(assignments()).isZero();
        var confirmed = assignIn("Last week", "2020-01-06T18:00", "Europe/Berlin", "confirmPast", "1");
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(assignments()).isEqualTo(1);
        assertThat(storedDue("Last week")).isEqualTo(Instant.parse("2020-01-06T17:00:00Z")); // CET is UTC+1
    }

    @Test
    void lateMeansTheSameOnTheCompletionTableTheLearnerPageAndTheCsv() {
        long past = assign(instructor, cohort, "warmup", "Overdue week", "2020-01-06T18:00");
        long drill = start(learner, past);
        // One answer of three, after the due date: the drill is not finished, but that answer is late.
        String attempt = learner.get("/drills/" + drill).location();
        learner.get(attempt);
        assertThat(learner.post(attempt + "/submit", "answer", "hedge reads after p95").status()).isEqualTo(303);

        String overview = instructor.get("/cohorts/" + cohort).body();
        assertThat(overview).containsPattern("Overdue week(?s).*?<td>0 of 1</td><td>1</td><td>1</td>");
        assertThat(instructor.get("/cohorts/" + cohort + "/assignments").body())
                .containsPattern("Overdue week</a>(?s).*?<td>0 of 1</td><td>1</td>");
        Matcher user = Pattern.compile("/cohorts/" + cohort + "/learners/(\\d+)").matcher(overview);
        assertThat(user.find()).isTrue();
        assertThat(instructor.get(user.group()).body()).contains("<span class=\"tag flag\">late</span>");
        assertThat(instructor.get("/cohorts/" + cohort + "/export.csv").body()).contains(",yes,");
    }
}
