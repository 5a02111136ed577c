package dev.staffdrill.progress;

import dev.staffdrill.App;
import dev.staffdrill.content.Question;
import dev.staffdrill.testing.Latencies;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Dashboard (/) and progress page (/progress) render time for one learner with N graded attempts
 * (default 500, 2,000 and 8,000), against the real app, real content and a file H2 database.
 * History is inserted with SQL (drills of five, grades on every target dimension with signals in
 * the JSON, self-ratings, 1% overrides) spread over N/5 days. Not a unit test: run with
 * {@code java -cp target/classes:target/test-classes:<test classpath> dev.staffdrill.progress.ScorecardBenchmark [sizes...]}.
 */
public final class ScorecardBenchmark {
    static final int WARMUP = 40;
    static final int RUNS = 300;
    static final String[] LEVELS = {"NOT_ADDRESSED", "WEAK", "MODERATE", "STRONG"};

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[]{500, 2000, 8000};
        Path data = Files.createTempDirectory("staffdrill-progress-bench");
        try (App app = TestApp.start(TestApp.config(data, Path.of("content")))) {
            for (int n : sizes) {
                TestClient c = new TestClient(TestApp.url(app)).signUp("bench" + n + "@example.com", "benchmark passphrase " + n);
                long userId = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE username = :u")
                        .bind("u", "bench" + n + "@example.com").mapTo(Long.class).one());
                long t0 = System.nanoTime();
                seed(app, userId, n, new Random(n));
                System.out.printf("%n%,d graded attempts seeded in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
                breakdown(app, userId, n);
                for (boolean afterWrite : new boolean[]{false, true}) {
                    System.out.println(afterWrite ? "  after a write to every table read (as when a grade has just arrived):"
                            : "  repeated loads (H2 may reuse a query's last result while nothing changed):");
                    Runnable before = afterWrite ? () -> touch(app, userId) : () -> { };
                    measure(c, "/", n, before);
                    measure(c, "/progress", n, before);
                    measure(c, "/progress/attempts?dimension=B", n, before);
                }
            }
        }
    }

    /** Where the time goes: each query and each in-memory step, median of 50 after warm-up. */
    static void breakdown(App app, long userId, int n) {
        ProgressService p = new ProgressService(new ProgressRepository(app.database().jdbi()), app.content(),
                java.time.Clock.systemUTC(), new com.fasterxml.jackson.databind.ObjectMapper());
        ProgressService.Loaded l = p.load(userId);
        Scorecard card = p.scorecard(l);
        var items = p.schedule(l);
        step("queries: levels and overrides", n, () -> p.repo().levels(userId));
        step("query: self-ratings", n, () -> p.repo().selfRatings(userId));
        step("query: submissions (activity)", n, () -> p.repo().submissions(userId, Instant.now().minus(Duration.ofDays(400))));
        step("query: last drill's questions", n, () -> p.repo().lastDrillQuestions(userId));
        step("query: last question", n, () -> p.repo().lastQuestion(userId));
        step("resolve current levels", n, () -> p.load(userId));
        step("scorecard", n, () -> p.scorecard(l));
        step("review schedule (FSRS replay)", n, () -> p.schedule(l));
        step("signals (grade JSON of ≤100)", n, () -> p.signals(l));
        step("calibration", n, () -> p.calibration(l));
        step("gap drill pick", n, () -> p.gapDrill(l, items, card, 5));
        step("reviews of the next 7 days (with skipped)", n, () -> p.reviews(l, items, p.endOfToday().plus(Duration.ofDays(7))));
        step("activity", n, () -> p.activity(userId));
        var drills = new dev.staffdrill.drill.DrillRepository(app.database().jdbi());
        step("query: recent drills", n, () -> drills.drills(userId, 5));
    }

    static void step(String name, int n, Runnable r) {
        for (int i = 0; i < 20; i++) {
            r.run();
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] t = new long[50];
        long[] cpu = new long[50];
        for (int i = 0; i < t.length; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - s;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        // CPU time is what the step costs; wall time adds whatever the other engineers' builds take from us
        System.out.printf("    %-34s n=%,6d  median wall=%6.2f ms  cpu=%6.2f ms%n", name, n, Latencies.of(t).ms(0.5),
                Latencies.of(cpu).ms(0.5));
    }

    /** No-op updates that still count as changes, so that no query of the next page can reuse an old result. */
    static void touch(App app, long userId) {
        app.database().jdbi().useTransaction(h -> {
            long a = h.createQuery("SELECT MAX(id) FROM attempt WHERE user_id = :u").bind("u", userId).mapTo(Long.class).one();
            h.createUpdate("UPDATE attempt SET draft_revision = draft_revision WHERE id = :a").bind("a", a).execute();
            h.createUpdate("UPDATE grade SET flags = flags WHERE attempt_id = :a").bind("a", a).execute();
            h.createUpdate("UPDATE grade_dimension SET level = level WHERE attempt_id = :a").bind("a", a).execute();
            h.createUpdate("UPDATE self_rating SET level = level WHERE attempt_id = :a").bind("a", a).execute();
            h.createUpdate("UPDATE drill SET title = title WHERE user_id = :u AND id = (SELECT MAX(id) FROM drill WHERE user_id = :u)")
                    .bind("u", userId).execute();
            h.createUpdate("INSERT INTO grade_override (attempt_id, dimension, level, comment, created_at) "
                    + "SELECT attempt_id, dimension, level, 'bench', CURRENT_TIMESTAMP FROM grade_dimension "
                    + "WHERE attempt_id = :a AND is_current = TRUE FETCH FIRST 1 ROWS ONLY").bind("a", a).execute();
        });
    }

    static void measure(TestClient c, String path, int n, Runnable before) {
        for (int i = 0; i < WARMUP; i++) {
            before.run();
            check(c.get(path));
        }
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long s = System.nanoTime();
            check(c.get(path));
            t[i] = System.nanoTime() - s;
        }
        Latencies l = Latencies.of(t);
        System.out.printf("  %-32s n=%,6d  p50=%6.1f ms  p99=%6.1f ms  max=%6.1f ms%n", path, n, l.ms(0.5), l.ms(0.99),
                l.maxMs());
    }

    private static void check(TestClient.Page p) {
        if (p.status() != 200) {
            throw new IllegalStateException("HTTP " + p.status());
        }
    }

    static void seed(App app, long userId, int n, Random rnd) {
        List<Question> bank = app.content().bank().questions();
        Instant start = Instant.now().minus(Duration.ofDays(Math.max(1, n / 5)));
        String answer = "We shard by tenant; at 10x the hot tenant breaks first and we move it to its own cell. ".repeat(12);
        app.database().jdbi().useTransaction(h -> {
            snapshots(h, bank);
            PreparedBatch grades = h.prepareBatch("INSERT INTO grade_dimension (grade_id, attempt_id, user_id, question_id, "
                    + "dimension, level, is_current, graded_at) VALUES (:g, :a, :u, :q, :d, :l, TRUE, :t)");
            PreparedBatch self = h.prepareBatch("INSERT INTO self_rating (attempt_id, dimension, level) VALUES (:a, :d, :l)");
            long drill = 0;
            for (int i = 0; i < n; i++) {
                OffsetDateTime at = start.plusSeconds((long) i * Duration.ofDays(Math.max(1, n / 5)).toSeconds() / n)
                        .atOffset(ZoneOffset.UTC);
                if (i % 5 == 0) {
                    drill = h.createUpdate("INSERT INTO drill (user_id, mode, timed, title, created_at, finished_at) "
                                    + "VALUES (:u, 'MOCK', TRUE, 'bench', :t, :t)").bind("u", userId).bind("t", at)
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                }
                Question q = bank.get(rnd.nextInt(bank.size()));
                long attempt = h.createUpdate("INSERT INTO attempt (drill_id, user_id, position, question_id, question_version, "
                                + "started_at, deadline_at, answer, draft_revision, submitted_at, submit_reason, self_rated_at) "
                                + "VALUES (:d, :u, :p, :q, :v, :t, :t, :a, 3, :t, 'LEARNER', :t)")
                        .bind("d", drill).bind("u", userId).bind("p", i % 5).bind("q", q.id()).bind("v", q.version())
                        .bind("t", at).bind("a", answer).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                StringBuilder json = new StringBuilder("{\"grader\":\"OFFLINE\",\"dimensions\":[");
                List<String[]> levels = new ArrayList<>();
                for (String d : q.dimensions()) {
                    String level = LEVELS[Math.min(3, rnd.nextInt(4) + (i > n / 2 ? 1 : 0))]; // improves over time
                    levels.add(new String[]{d, level});
                    json.append(levels.size() > 1 ? "," : "").append("{\"dimension\":\"").append(d).append("\",\"level\":\"")
                            .append(level).append("\",\"evidence\":[{\"signalId\":\"quantified-scale\",\"quote\":\"")
                            .append(answer, 0, 200).append("\"}],\"signalsFound\":[")
                            .append(rnd.nextBoolean() ? "\"quantified-scale\",\"cost-driver\"" : "\"ownership\"")
                            .append("],\"signalsMissing\":[\"growth-threshold\"],\"feedback\":\"Name the first bottleneck.\"}");
                }
                json.append("],\"feedback\":\"Solid; quantify the blast radius.\",\"flags\":[]}");
                long grade = h.createUpdate("INSERT INTO grade (attempt_id, grader, rubric_version, question_id, question_version, "
                                + "result_json, flags, is_current, created_at) VALUES (:a, 'OFFLINE', 'bench', :q, :v, :j, '', TRUE, :t)")
                        .bind("a", attempt).bind("q", q.id()).bind("v", q.version()).bind("j", json.toString()).bind("t", at)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                for (String[] l : levels) {
                    grades.bind("g", grade).bind("a", attempt).bind("u", userId).bind("q", q.id()).bind("d", l[0])
                            .bind("l", l[1]).bind("t", at).add();
                    self.bind("a", attempt).bind("d", l[0]).bind("l", LEVELS[1 + rnd.nextInt(3)]).add();
                }
                if (rnd.nextInt(100) == 0) {
                    h.createUpdate("INSERT INTO grade_override (attempt_id, dimension, level, comment, created_at) "
                                    + "VALUES (:a, :d, 'STRONG', 'bench', :t)").bind("a", attempt).bind("d", levels.get(0)[0])
                            .bind("t", at).execute();
                }
            }
            grades.execute();
            self.execute();
        });
    }

    private static void snapshots(Handle h, List<Question> bank) {
        for (Question q : bank) {
            h.createUpdate("MERGE INTO question_version (question_id, version, chapter, kind, title, dimensions, gaps, minutes, "
                            + "prompt, guidance, model_answer, first_seen_at) KEY (question_id, version) "
                            + "VALUES (:id, :v, :c, :k, :t, :d, :g, :m, :p, :gu, :ma, :now)")
                    .bind("id", q.id()).bind("v", q.version()).bind("c", q.chapter()).bind("k", q.kind().id())
                    .bind("t", q.title()).bind("d", String.join(",", q.dimensions())).bind("g", String.join(",", q.gaps()))
                    .bind("m", q.minutes()).bind("p", q.prompt()).bind("gu", q.guidance()).bind("ma", q.modelAnswer())
                    .bind("now", OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
    }
}
