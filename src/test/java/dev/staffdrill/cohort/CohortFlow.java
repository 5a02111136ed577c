package dev.staffdrill.cohort;

import dev.staffdrill.testing.TestClient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps the cohort HTTP tests share, each asserting what a browser would see. */
public final class CohortFlow {
    private static final Pattern COHORT = Pattern.compile("/cohorts/(\\d+)/members");
    private static final Pattern CODE = Pattern.compile("id=\"join-code\">([a-z0-9-]+)<");
    private static final Pattern DRILL = Pattern.compile("/drills/(\\d+)");

    private CohortFlow() {
    }

    public static long createCohort(TestClient instructor, String name) {
        instructor.get("/cohorts");
        var created = instructor.post("/cohorts", "name", name);
        assertThat(created.status()).isEqualTo(302);
        Matcher m = COHORT.matcher(created.location());
        assertThat(m.matches()).as(created.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    public static String joinCode(TestClient instructor, long cohortId) {
        var page = instructor.get("/cohorts/" + cohortId + "/members");
        assertThat(page.status()).isEqualTo(200);
        Matcher m = CODE.matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    public static void join(TestClient learner, String code) {
        var confirm = learner.get("/join/" + code);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(learner.post("/join/" + code).status()).isEqualTo(302);
    }

    /**
     * Assigns a set; {@code due} is a datetime-local value in UTC or "" (a past one is confirmed, as
     * an instructor ticking the box would). Returns the assignment id.
     */
    public static long assign(TestClient instructor, long cohortId, String setId, String title, String due) {
        instructor.get("/cohorts/" + cohortId + "/assignments");
        var r = instructor.post("/cohorts/" + cohortId + "/assignments", "setId", setId, "title", title, "due", due,
                "minutes", "", "tz", "UTC", "confirmPast", "1");
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        var page = instructor.get("/cohorts/" + cohortId + "/assignments").body();
        Matcher m = Pattern.compile("href=\"/cohorts/" + cohortId + "\\?assignment=(\\d+)\">" + Pattern.quote(title) + "<")
                .matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Starts the assignment from the learner's list and returns the drill id. */
    public static long start(TestClient learner, long assignmentId) {
        learner.get("/assignments");
        var started = learner.post("/assignments/" + assignmentId + "/start");
        assertThat(started.status()).isEqualTo(303);
        Matcher m = DRILL.matcher(started.location());
        assertThat(m.matches()).as(started.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Answers every question of the drill (submit, rate) and returns the attempt paths. */
    public static java.util.List<String> complete(TestClient learner, long drillId, String answer) {
        java.util.List<String> attempts = new java.util.ArrayList<>();
        while (true) {
            var resumed = learner.get("/drills/" + drillId);
            assertThat(resumed.status()).isEqualTo(303);
            String next = resumed.location();
            if (next.endsWith("/summary")) {
                return attempts;
            }
            String attempt = next.replace("/rate", "");
            if (!next.endsWith("/rate")) {
                learner.get(attempt);
                assertThat(learner.post(attempt + "/submit", "answer", answer).status()).isEqualTo(303);
                attempts.add(attempt);
            }
            assertThat(rateAll(learner, attempt, "MODERATE").status()).isEqualTo(303);
        }
    }

    /** Grading runs in background jobs: wait until {@code n} attempts have a current grade. */
    public static void awaitGraded(dev.staffdrill.App app, int n) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            int graded = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM grade WHERE is_current").mapTo(Integer.class).one());
            if (graded >= n) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("fewer than " + n + " attempts were graded within 30 s");
    }

    public static TestClient.Page rateAll(TestClient c, String attempt, String level) {
        var rate = c.get(attempt + "/rate").body();
        var form = new java.util.ArrayList<String>();
        for (String d : new String[]{"A", "B", "C", "D", "E"}) {
            if (rate.contains("name=\"level_" + d + "\"")) {
                form.add("level_" + d);
                form.add(level);
            }
        }
        assertThat(form).isNotEmpty();
        return c.post(attempt + "/rate", form.toArray(String[]::new));
    }
}
