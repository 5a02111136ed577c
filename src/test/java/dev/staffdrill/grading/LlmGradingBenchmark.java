package dev.staffdrill.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.config.Config;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.db.Database;
import dev.staffdrill.grading.jobs.SchedulerSettings;
import dev.staffdrill.grading.llm.JdbiLlmStore;
import dev.staffdrill.grading.llm.LlmGrader;
import dev.staffdrill.grading.llm.LlmTuning;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.TestConfig;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * LLM grading against a fake OpenAI-compatible server that answers after 2 s. Not a unit test;
 * run by hand from the worktree root:
 * <pre>
 * mvn -B -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.staffdrill.grading.LlmGradingBenchmark [workers] [cap]
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.staffdrill.grading.OfflineGraderBenchmark
 * </pre>
 * Part 1: the grader's own overhead above the fake's latency, one grade at a time (offline check,
 * prompt, HTTP, validation, cache and audit writes). Part 2: 50 submissions enqueued at once go
 * through the persistent job queue; all must be graded by the LLM, none lost, and no more calls
 * in flight at the server than the concurrency cap.
 */
public final class LlmGradingBenchmark {
    private static final int SUBMISSIONS = 50;
    private static final long FAKE_LATENCY_MS = 2_000;

    private LlmGradingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Rubric rubric = GradingFixtures.rubric();
        Question question = GradingFixtures.question();
        String staff = GradingFixtures.answer("staff");
        String reply = "{\"id\":\"b\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":" + new ObjectMapper().writeValueAsString(judgeReply()) + "}}],"
                + "\"usage\":{\"prompt_tokens\":2000,\"completion_tokens\":500}}";
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Path tmp = Files.createTempDirectory("llm-bench");
        try (MockWebServer server = new MockWebServer()) {
            server.setServerSocketFactory(new NoDelayServerSockets()); // as a real API server's (nginx: tcp_nodelay on)
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(FAKE_LATENCY_MS);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                            .body(reply).build();
                }
            });
            server.start();
            Config config = TestConfig.database(tmp, "--llm-provider", "openai",
                    "--llm-base-url", server.url("/v1").toString(), "--llm-model", "fake-judge",
                    "--llm-concurrency", String.valueOf(cap), "--grading-workers", String.valueOf(workers));
            try (Database db = Database.open(config);
                 LlmGrader grader = new LlmGrader(config.llm(), LlmTuning.defaults(), new OfflineGrader(),
                         new JdbiLlmStore(db.jdbi()), GradeJson.mapper(), Clock.systemUTC())) {
                overhead(grader, rubric, question, staff);
                maxInFlight.set(0);
                fiftyAtOnce(db, grader, rubric, question, staff, workers, cap, maxInFlight);
            }
        } finally {
            GradingFixtures.delete(tmp);
        }
    }

    private static void overhead(LlmGrader grader, Rubric rubric, Question q, String staff) {
        for (int i = 0; i < 2; i++) { // warm-up: class loading, JIT, the first connection
            grader.grade(rubric, q, staff + "\nwarm-up " + i, 0);
        }
        int n = 10;
        long[] over = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Grade g = grader.grade(rubric, q, staff + "\nsequential " + i, 0);
            over[i] = (System.nanoTime() - t) / 1_000 - FAKE_LATENCY_MS * 1_000;
            if (!Grade.LLM.equals(g.grader())) {
                throw new IllegalStateException("expected an LLM grade, got " + g.grader() + ": " + g.note());
            }
        }
        Arrays.sort(over);
        System.out.printf(Locale.ROOT, "part 1: overhead above the fake's %d ms, %d sequential grades: "
                        + "median %.1f ms, max %.1f ms%n", FAKE_LATENCY_MS, n, over[n / 2] / 1000.0, over[n - 1] / 1000.0);
    }

    private static void fiftyAtOnce(Database db, LlmGrader grader, Rubric rubric, Question q, String staff, int workers,
                                    int cap, AtomicInteger maxInFlight) throws Exception {
        long learner = AttemptRows.learner(db.jdbi(), "bench");
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            attempts.add(AttemptRows.submitted(db.jdbi(), learner, q, staff + "\nsubmission " + i));
        }
        try (GradingService service = new GradingService(db, () -> rubric, new JdbiAnswerSource(db.jdbi()), grader,
                workers, SchedulerSettings.defaults(), GradeJson.mapper(), Clock.systemUTC())) {
            service.start();
            ExecutorService submitters = Executors.newFixedThreadPool(SUBMISSIONS);
            CountDownLatch go = new CountDownLatch(1);
            long t0 = System.nanoTime();
            for (long a : attempts) {
                submitters.submit(() -> {
                    go.await();
                    service.enqueue(a);
                    return null;
                });
            }
            go.countDown();
            AttemptRows.await(java.time.Duration.ofMinutes(5), () -> attempts.stream()
                    .allMatch(a -> service.status(a) == GradingStatus.DONE), "all 50 are graded");
            long wall = (System.nanoTime() - t0) / 1_000_000;
            submitters.shutdown();
            long llmGrades = attempts.stream().filter(a -> service.latest(a).map(g -> Grade.LLM.equals(g.grader()))
                    .orElse(false)).count();
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM grade").mapTo(Integer.class).one());
            long ideal = (long) Math.ceil(SUBMISSIONS / (double) cap) * FAKE_LATENCY_MS;
            System.out.printf(Locale.ROOT, "part 2: %d submissions enqueued at once, %d workers, LLM concurrency cap %d:%n",
                    SUBMISSIONS, workers, cap);
            System.out.printf(Locale.ROOT, "  graded by the LLM: %d/%d, grade rows: %d, lost: %d%n", llmGrades,
                    SUBMISSIONS, rows, SUBMISSIONS - llmGrades);
            System.out.printf(Locale.ROOT, "  max calls in flight at the fake: %d (cap %d)%n", maxInFlight.get(), cap);
            System.out.printf(Locale.ROOT, "  wall time %.1f s; ideal at the cap %.1f s; overhead %.0f ms per grade%n",
                    wall / 1000.0, ideal / 1000.0, (wall - ideal) / (double) SUBMISSIONS);
        }
    }

    /** Accepted sockets with TCP_NODELAY, so the fake adds no Nagle stall a real server would not. */
    private static final class NoDelayServerSockets extends javax.net.ServerSocketFactory {
        private static java.net.ServerSocket socket() throws java.io.IOException {
            return new java.net.ServerSocket() {
                @Override
                public java.net.Socket accept() throws java.io.IOException {
                    java.net.Socket s = super.accept();
                    s.setTcpNoDelay(true);
                    return s;
                }
            };
        }

        @Override
        public java.net.ServerSocket createServerSocket() throws java.io.IOException {
            return socket();
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port) throws java.io.IOException {
            return createServerSocket(port, 50, null);
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog) throws java.io.IOException {
            return createServerSocket(port, backlog, null);
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
                throws java.io.IOException {
            java.net.ServerSocket s = socket();
            s.bind(new java.net.InetSocketAddress(address, port), backlog);
            return s;
        }
    }

    /** A valid judge reply for the fixture question, quoting the staff answer. */
    private static String judgeReply() {
        StringBuilder sb = new StringBuilder("{\"dimensions\":[");
        String[][] dims = {{"A", "alternative-rejected"}, {"B", "blast-radius"}, {"C", "quantified-scale"},
                {"D", "cost-driver"}, {"E", "ownership"}};
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"dimension\":\"").append(dims[i][0])
                    .append("\",\"evidence\":[{\"signal\":\"").append(dims[i][1])
                    .append("\",\"quote\":\"The dominant constraint is the 150 ms p99 write budget\"}],")
                    .append("\"signals_missing\":[],\"rationale\":\"ok\",\"level\":\"STRONG\",\"feedback\":\"Good.\"}");
        }
        return sb.append("],\"feedback\":\"Solid.\",\"injection_suspected\":false}").toString();
    }
}
