package dev.staffdrill.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.staffdrill.App;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from a learner's submit to the follow-up probe on screen: the POST of the answer plus the
 * GET of the thread page it redirects to, as a browser does. Real app, file H2, the real bank.
 * Every learner loops (start a one-question mock drill, open it, submit a realistic answer, read
 * the probe, move on), with no pause (a saturating load) or with {@code thinkMs} between rounds
 * (paced; still far more submits than 50 people writing 5-minute answers). With {@code llm}, a fake OpenAI-compatible server answers each probe request after
 * {@code latencyMs} with a valid probe quoting the answer; the overhead is the time above that.
 * Run: {@code java -cp target/classes:target/test-classes:<test classpath>
 * dev.staffdrill.drill.ProbeLatencyBenchmark [learners=50] [rounds=8] [offline|llm] [latencyMs=2000] [thinkMs=0]}.
 */
public final class ProbeLatencyBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TARGET = Pattern.compile("signal_id \"([A-Za-z0-9-]+)\"");
    private static final Pattern ANSWER = Pattern.compile("<answer-[0-9a-f]+>\\n(.*?)\\n</answer-", Pattern.DOTALL);

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean llm = args.length > 2 && args[2].equals("llm");
        long latencyMs = args.length > 3 ? Long.parseLong(args[3]) : 2000;
        long thinkMs = args.length > 4 ? Long.parseLong(args[4]) : 0;
        Path data = Files.createTempDirectory("staffdrill-probe-bench");
        ContentBank bank = ContentLoader.load(Path.of("content"));
        MockWebServer fake = llm ? fakeLlm(latencyMs) : null;
        List<String> flags = new ArrayList<>();
        if (fake != null) {
            flags.addAll(List.of("--llm-provider", "openai", "--llm-base-url", fake.url("/v1").toString(),
                    "--llm-model", "fake-interviewer", "--llm-concurrency", String.valueOf(learners + 4)));
        }
        try (App app = TestApp.start(TestApp.config(data, Path.of("content"), flags.toArray(String[]::new)))) {
            String base = TestApp.url(app);
            ExecutorService setup = Executors.newFixedThreadPool(4);
            List<Future<TestClient>> signedUp = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                int n = i;
                signedUp.add(setup.submit(() -> new TestClient(base).signUp("probe" + n + "@example.com", "benchmark passphrase " + n)));
            }
            List<TestClient> clients = new ArrayList<>();
            for (Future<TestClient> f : signedUp) {
                clients.add(f.get());
            }
            setup.shutdown();
            warmUp(clients.get(0), app, bank);
            ExecutorService pool = Executors.newFixedThreadPool(learners);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                TestClient c = clients.get(i);
                int n = i;
                results.add(pool.submit(() -> {
                    go.await();
                    long[] took = new long[rounds];
                    for (int r = 0; r < rounds; r++) {
                        if (thinkMs > 0) {
                            Thread.sleep((long) (thinkMs * (0.5 + Math.random()))); // learners do not move in lock-step
                        }
                        took[r] = oneProbe(c, app, bank, 14 + (n + r) % 7);
                    }
                    return took;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                for (long t : f.get()) {
                    all.add(t);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long llmProbes = TestApp.query(app, Long.class, "SELECT COUNT(*) FROM probe_turn WHERE source = 'LLM'");
            long authored = TestApp.query(app, Long.class, "SELECT COUNT(*) FROM probe_turn WHERE source = 'AUTHORED'");
            System.out.printf("%s, %d learners x %d rounds, %s, %.1f s%n",
                    llm ? "fake LLM with " + latencyMs + " ms latency" : "offline", learners, rounds,
                    thinkMs > 0 ? "paced (" + thinkMs + " ms think time)" : "closed loop", seconds);
            report("submit -> probe on screen", all, llm ? latencyMs : 0);
            System.out.printf("probes: %d written by the LLM, %d authored (incl. warm-up)%n", llmProbes, authored);
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
    }

    /** One round; returns the nanoseconds from the submit POST to the thread page loaded. */
    private static long oneProbe(TestClient c, App app, ContentBank bank, int chapter) {
        var started = c.post("/drills", "mode", "MOCK", "chapter", String.valueOf(chapter), "count", "1", "probes", "1");
        String attempt = c.get(started.location()).location();
        c.get(attempt);
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        String questionId = TestApp.query(app, String.class, "SELECT question_id FROM attempt WHERE id = ?", id);
        String answer = bank.question(questionId).map(q -> q.moderateExample().isBlank() ? q.guidance() : q.moderateExample())
                .orElse("We shard by tenant; at 10x the hot tenant breaks first.");
        long t0 = System.nanoTime();
        var submitted = c.post(attempt + "/submit", "answer", answer);
        var thread = c.get(submitted.location());
        long took = System.nanoTime() - t0;
        if (thread.status() != 200 || !thread.body().contains("id=\"probe\"")) {
            throw new IllegalStateException("no probe on " + submitted.location() + ": " + thread.status());
        }
        c.post(attempt + "/thread/reply", "answer", "", "skip", "1"); // move on: the thread ends, grading runs
        return took;
    }

    private static void warmUp(TestClient c, App app, ContentBank bank) {
        for (int i = 0; i < 5; i++) {
            oneProbe(c, app, bank, 14 + i);
        }
    }

    private static void report(String name, List<Long> nanos, long baselineMs) {
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", name, s.length, s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
        if (baselineMs > 0) {
            System.out.printf("overhead above the LLM's %d ms: p50=%.1f ms p99=%.1f ms%n", baselineMs,
                    s[s.length / 2] / 1e6 - baselineMs, s[(int) (s.length * 0.99)] / 1e6 - baselineMs);
        }
    }

    /** Probe requests: a valid probe quoting the answer's first words, after the latency; anything else: 400. */
    private static MockWebServer fakeLlm(long latencyMs) throws Exception {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                String body = r.getBody() == null ? "" : r.getBody().utf8();
                JsonNode req;
                try {
                    req = JSON.readTree(body);
                } catch (Exception e) {
                    return new MockResponse.Builder().code(400).build();
                }
                String system = req.path("messages").path(0).path("content").asText();
                String user = req.path("messages").path(1).path("content").asText();
                Matcher target = TARGET.matcher(system);
                Matcher answer = ANSWER.matcher(user);
                if (!system.contains("Ask ONE follow-up") || !target.find() || !answer.find()) {
                    return new MockResponse.Builder().code(400).body("{\"error\":\"grading is not measured here\"}").build();
                }
                Thread.sleep(latencyMs);
                String[] words = answer.group(1).strip().split("\\s+");
                String quote = String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length)));
                ObjectNode probe = JSON.createObjectNode().put("signal_id", target.group(1)).put("quote", quote)
                        .put("probe", "You opened with that. What breaks first at ten times the load, and who gets paged?");
                ObjectNode root = JSON.createObjectNode().put("id", "c").put("object", "chat.completion");
                ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", probe.toString());
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(root.toString()).build();
            }
        });
        server.start();
        return server;
    }
}
