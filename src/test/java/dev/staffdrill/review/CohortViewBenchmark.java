package dev.staffdrill.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.App;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.testing.Latencies;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import org.jdbi.v3.core.Handle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: cohort view render time for 200 learners × 20 assignments × 3 questions (12,000
 * graded attempts, 5% overridden, 5% flagged), seeded with direct SQL into the real schema, then
 * measured over HTTP as an instructor's browser would fetch it. Target: p99 under 200 ms.
 * Run after {@code mvn -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * dev.staffdrill.review.CohortViewBenchmark}. Prints p50/p90/p99 per page and the load average.
 */
public final class CohortViewBenchmark {
    static final int LEARNERS = 200;
    static final int ASSIGNMENTS = 20;
    static final int PER_SET = 3;
    static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("cohort-bench");
        try (App app = TestApp.start(TestApp.config(tmp.resolve("data"), Path.of("content")))) {
            TestClient instructor = new TestClient(TestApp.url(app)).signUp("ines@example.com", "correct horse battery");
            long seedStart = System.nanoTime();
            long cohort = app.database().jdbi().inTransaction(h -> seed(h, app.content().bank()));
            System.out.printf("seeded %d learners × %d assignments × %d questions in %d ms%n", LEARNERS, ASSIGNMENTS,
                    PER_SET, (System.nanoTime() - seedStart) / 1_000_000);
            long cold = System.nanoTime(); // empty fact caches and a cold JIT: what the first visit after a restart costs
            instructor.get("/cohorts/" + cohort);
            System.out.printf("first cohort view after start (cold caches): %.1f ms%n", (System.nanoTime() - cold) / 1e6);
            measure(instructor, "cohort view (all assignments)", "/cohorts/" + cohort, 300);
            measure(instructor, "cohort view (one assignment, sorted by B)", "/cohorts/" + cohort + "?assignment=1000010&sort=B", 300);
            measure(instructor, "needs-review queue", "/cohorts/" + cohort + "/review", 100);
            measure(instructor, "CSV export", "/cohorts/" + cohort + "/export.csv", 50);
            System.out.println("load: " + Files.readString(Path.of("/proc/loadavg")).strip()
                    + " (1/5/15-min load averages, on " + Runtime.getRuntime().availableProcessors() + " cores)");
        }
    }

    static void measure(TestClient c, String label, String path, int runs) {
        for (int i = 0; i < 30; i++) { // warm-up: JIT, the missing-signal cache, H2's page cache
            c.get(path);
        }
        long[] ms = new long[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            var page = c.get(path);
            ms[i] = System.nanoTime() - t0;
            if (page.status() != 200) {
                throw new IllegalStateException(path + " answered " + page.status());
            }
            bytes = page.body().length();
        }
        Latencies l = Latencies.of(ms);
        System.out.printf("%-45s p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d runs, %d KB)%n", label,
                l.ms(0.5), l.ms(0.9), l.ms(0.99), l.maxMs(), runs, bytes / 1024);
    }

    /** Everything with explicit ids from 1,000,000 up: nothing else inserts into these tables while it runs. */
    static long seed(Handle h, ContentBank bank) throws Exception {
        Random rnd = new Random(42);
        ObjectMapper json = new ObjectMapper();
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        long owner = h.createQuery("SELECT id FROM app_user WHERE username = 'ines@example.com'").mapTo(Long.class).one();
        long cohort = 1_000_000;
        h.execute("INSERT INTO cohort (id, owner_id, name, join_code, created_at) VALUES (?, ?, 'Benchmark', 'bench', ?)",
                cohort, owner, now);
        List<Question> pool = bank.questions();
        for (Question q : pool) {
            h.execute("INSERT INTO question_version (question_id, version, chapter, kind, title, dimensions, gaps, minutes, "
                            + "prompt, guidance, model_answer, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    q.id(), q.version(), q.chapter(), q.kind().id(), q.title(), String.join(",", q.dimensions()),
                    String.join(",", q.gaps()), q.minutes(), q.prompt(), q.guidance(), q.modelAnswer(), now);
        }
        var users = h.prepareBatch("INSERT INTO app_user (id, username, display_name, password_hash, role, created_at) "
                + "VALUES (?, ?, ?, NULL, 'LEARNER', ?)");
        var members = h.prepareBatch("INSERT INTO cohort_member (cohort_id, user_id, joined_at) VALUES (?, ?, ?)");
        for (int u = 0; u < LEARNERS; u++) {
            users.add(1_000_000 + u, "learner" + u + "@example.com", "Learner " + u, now);
            members.add(cohort, 1_000_000 + u, now);
        }
        users.execute();
        members.execute();
        List<List<Question>> sets = new ArrayList<>();
        for (int a = 0; a < ASSIGNMENTS; a++) {
            List<Question> qs = new ArrayList<>();
            for (int i = 0; i < PER_SET; i++) {
                qs.add(pool.get(rnd.nextInt(pool.size())));
            }
            sets.add(qs);
            h.execute("INSERT INTO authored_set (id, owner_id, title, question_ids, created_at) VALUES (?, ?, ?, ?, ?)",
                    1_000_000 + a, owner, "Set " + a, String.join(",", qs.stream().map(Question::id).toList()), now);
            h.execute("INSERT INTO assignment (id, cohort_id, set_id, title, due_at, minutes_per_question, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, NULL, ?)", 1_000_000 + a, cohort, "custom-" + (1_000_000 + a),
                    "Week " + (a + 1), now.minusDays(ASSIGNMENTS - a).plusHours(12), now);
        }
        var drills = h.prepareBatch("INSERT INTO drill (id, user_id, mode, timed, title, set_id, assignment_id, created_at, "
                + "finished_at) VALUES (?, ?, 'SET', TRUE, ?, ?, ?, ?, ?)");
        var attempts = h.prepareBatch("INSERT INTO attempt (id, drill_id, user_id, position, question_id, question_version, "
                + "started_at, deadline_at, answer, draft_revision, submitted_at, submit_reason, self_rated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'LEARNER', ?)");
        var grades = h.prepareBatch("INSERT INTO grade (id, attempt_id, grader, model, rubric_version, question_id, "
                + "question_version, result_json, flags, is_current, created_at) VALUES (?, ?, 'OFFLINE', '', ?, ?, ?, ?, ?, TRUE, ?)");
        var dims = h.prepareBatch("INSERT INTO grade_dimension (grade_id, attempt_id, user_id, question_id, dimension, level, "
                + "is_current, graded_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)");
        var overrides = h.prepareBatch("INSERT INTO grade_override (attempt_id, dimension, level, comment, instructor_id, "
                + "created_at) VALUES (?, ?, ?, 'Benchmark override', ?, ?)");
        Rubric rubric = bank.rubric();
        long drillId = 1_000_000;
        long attemptId = 1_000_000;
        String answer = "We hedge reads after p95 and eject a replica at 3x median. ".repeat(30);
        for (int u = 0; u < LEARNERS; u++) {
            for (int a = 0; a < ASSIGNMENTS; a++) {
                OffsetDateTime submitted = now.minusDays(ASSIGNMENTS - a).plusHours(rnd.nextInt(24));
                drills.add(drillId, 1_000_000 + u, "Set " + a, "custom-" + (1_000_000 + a), 1_000_000 + a, submitted, submitted);
                for (int p = 0; p < PER_SET; p++) {
                    Question q = sets.get(a).get(p);
                    attempts.add(attemptId, drillId, 1_000_000 + u, p, q.id(), q.version(), submitted.minusMinutes(5),
                            submitted.plusMinutes(1), answer, submitted, submitted);
                    Map<String, Object> grade = grade(q, rubric, rnd, dims, attemptId, 1_000_000 + u, submitted);
                    grades.add(attemptId, attemptId, rubric.version(), q.id(), q.version(), json.writeValueAsString(grade),
                            String.join(",", (List<String>) grade.get("flags")), submitted);
                    if (rnd.nextInt(20) == 0) {
                        overrides.add(attemptId, q.dimensions().get(0), "STRONG", owner, submitted.plusDays(1));
                    }
                    attemptId++;
                }
                drillId++;
            }
        }
        for (var b : List.of(drills, attempts, grades, dims, overrides)) {
            b.execute();
        }
        return cohort;
    }

    /** A grade in grading's JSON shape; its levels also go into the grade_dimension batch. */
    static Map<String, Object> grade(Question q, Rubric rubric, Random rnd, org.jdbi.v3.core.statement.PreparedBatch dims,
                                     long attemptId, long userId, OffsetDateTime at) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String d : q.dimensions()) {
            Level level = Level.values()[rnd.nextInt(4)];
            List<String> signals = rubric.dimension(d).orElseThrow().signals().stream().map(Rubric.Signal::id).toList();
            List<String> missing = signals.stream().filter(s -> rnd.nextBoolean()).toList();
            Map<String, Object> dim = new LinkedHashMap<>();
            dim.put("dimension", d);
            dim.put("level", level.name());
            dim.put("evidence", List.of(Map.of("signalId", signals.get(0), "quote", "We hedge reads after p95.")));
            dim.put("signalsFound", signals.stream().filter(s -> !missing.contains(s)).toList());
            dim.put("signalsMissing", missing);
            dim.put("feedback", "Name the blast radius: how many users, for how long?");
            out.add(dim);
            dims.add(attemptId, attemptId, userId, q.id(), d, level.name(), at);
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("grader", "OFFLINE");
        g.put("rubricVersion", rubric.version());
        g.put("questionId", q.id());
        g.put("questionVersion", q.version());
        g.put("dimensions", out);
        g.put("feedback", "Quantify the failure.");
        g.put("flags", rnd.nextInt(20) == 0 ? List.of("NEEDS_REVIEW") : List.of());
        g.put("gradedAt", at.toInstant().toString());
        return g;
    }
}
