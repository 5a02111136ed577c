package dev.staffdrill.review;

import dev.staffdrill.App;
import dev.staffdrill.cohort.CohortFlow;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static dev.staffdrill.cohort.CohortFlow.assign;
import static dev.staffdrill.cohort.CohortFlow.complete;
import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static dev.staffdrill.cohort.CohortFlow.start;
import static org.assertj.core.api.Assertions.assertThat;

/** The CSV a spreadsheet opens: escaping, formula neutralising, late flags, grader kind and overrides. */
class CohortExportHttpTest {
    static final String ANSWER = "One slow replica at 900 ms hits 20% of reads; we hedge after p95 and eject it "
            + "after 30 seconds, so the blast radius is under 1% of users for a minute.";
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    App app;
    TestClient instructor;

    @BeforeEach
    void launch() {
        app = server.app();
        instructor = server.client().signUp("ines@example.com", "correct horse battery");
    }

    private TestClient learner(String username, String displayName) {
        TestClient c = server.client();
        c.get("/signup");
        var r = c.post("/signup", "username", username, "displayName", displayName, "password", "correct horse battery");
        assertThat(r.status()).isIn(302, 303);
        c.get("/");
        return c;
    }

    private long id(String username) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE username = :u")
                .bind("u", username).mapTo(Long.class).one());
    }

    @Test
    void exportEscapesNamesNeutralisesFormulasAndMarksLateWork() throws IOException {
        long cohort = createCohort(instructor, "Export");
        String code = joinCode(instructor, cohort);
        TestClient evil = learner("evil@example.com", "=HYPERLINK(\"x\")");
        TestClient jo = learner("jo@example.com", "Smith, \"Jo\"");
        join(evil, code);
        join(jo, code);
        long late = assign(instructor, cohort, "warmup", "Overdue", "2020-01-06T18:00");
        long onTime = assign(instructor, cohort, "warmup", "Upcoming", "2099-01-06T18:00");
        List<String> evilAttempts = complete(evil, start(evil, late), ANSWER);
        complete(jo, start(jo, onTime), ANSWER);
        CohortFlow.awaitGraded(app, 6);
        String first = evilAttempts.get(0);
        var review = instructor.get("/cohorts/" + cohort + "/attempts/" + first.substring(first.lastIndexOf('/') + 1));
        assertThat(review.status()).isEqualTo(200);
        assertThat(instructor.post("/cohorts/" + cohort + "/attempts/" + first.substring(first.lastIndexOf('/') + 1)
                + "/override", "level_B", "STRONG", "comment_B", "Blast radius quantified.").status()).isEqualTo(302);

        var csv = instructor.get("/cohorts/" + cohort + "/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.headers().get("Content-Disposition")).isEqualTo("attachment; filename=\"cohort-" + cohort + "-results.csv\"");
        byte[] raw = rawBody(instructor, "/cohorts/" + cohort + "/export.csv"); // OkHttp's string() would eat the BOM
        assertThat(Arrays.copyOf(raw, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String body = new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(csv.body());
        List<String> lines = Arrays.asList(body.split("\r\n"));
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("learner_id,learner_name,assignment_id,assignment,question_id,question,submitted_at,"
                + "late,A,B,C,D,E,grader,override,follow_ups,follow_up_thread,surfaced_after_probe");
        String evilRow = lines.get(1);
        assertThat(evilRow).startsWith(id("evil@example.com") + ",\"'=HYPERLINK(\"\"x\"\")\"," + late + ",Overdue,14-fu-q1,Follow-up number 1,");
        // 14-fu-q1 targets B and C: B shows the override, C the automatic level, A/D/E stay empty.
        assertThat(evilRow).containsPattern(",yes,,Strong,(Not addressed|Weak|Moderate|Strong),,,OFFLINE,B: "
                + autoLevel() + "→Strong,0,,$"); // an assignment drill without follow-ups: an empty thread
        assertThat(lines.subList(1, 4)).allMatch(l -> l.contains(",yes,"));
        String joRow = lines.get(4);
        assertThat(joRow).startsWith(id("jo@example.com") + ",\"Smith, \"\"Jo\"\"\"," + onTime + ",Upcoming,14-fu-q1,Follow-up number 1,");
        assertThat(lines.subList(4, 7)).allMatch(l -> l.contains(",no,") && l.contains(",OFFLINE,"));
        assertThat(body).doesNotContain(",=").doesNotContain(",\"=");
    }

    private byte[] rawBody(TestClient c, String path) throws IOException {
        String cookies = c.cookies().values().stream().map(k -> k.name() + "=" + k.value()).collect(Collectors.joining("; "));
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(server.url() + path)
                .header("Cookie", cookies).build()).execute()) {
            return r.body().bytes();
        }
    }

    /** The automatic level named in the override column must be the grade's own, whatever the grader said. */
    private String autoLevel() {
        String level = app.database().jdbi().withHandle(h -> h.createQuery("SELECT gd.level FROM grade_dimension gd "
                + "JOIN attempt t ON t.id = gd.attempt_id JOIN app_user u ON u.id = t.user_id "
                + "WHERE u.username = 'evil@example.com' AND t.position = 0 AND gd.dimension = 'B' AND gd.is_current")
                .mapTo(String.class).one());
        return dev.staffdrill.content.Level.valueOf(level).label();
    }
}
