package dev.staffdrill.drill;

import dev.staffdrill.App;
import dev.staffdrill.testing.Latencies;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 50 concurrent learners against the real app (file H2, real content), each on its own attempt,
 * either in a closed loop (no think time: saturation) or paced (a think time between saves, as the
 * page autosaves every 3 s). Every learner mixes autosaves with question-page loads. Prints p50/p99 latency and throughput per request type. Not a unit test: run with
 * {@code java -cp target/classes:target/test-classes:<test classpath> dev.staffdrill.drill.DrillLoadBenchmark [learners] [rounds] [thinkMs] [jdbcUrl, DATA = the temp data dir]}.
 */
public final class DrillLoadBenchmark {
    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // 0 = closed loop (saturation); 3000 = what the page really does (a save every 3 s while typing).
        long thinkMs = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Path data = Files.createTempDirectory("staffdrill-bench");
        String[] flags = args.length > 3 ? new String[]{"--jdbc-url", args[3].replace("DATA", data.toString())} : new String[0];
        try (App app = TestApp.start(TestApp.config(data, Path.of("content"), flags))) {
            String base = TestApp.url(app);
            List<TestClient> clients = new ArrayList<>();
            List<String> attempts = new ArrayList<>();
            // Sign-ups hash a password each (Argon2): a few at once, or 200 learners take minutes to set up.
            // Starting the drills is cheap and stays sequential, so setup does not skew the measurement.
            ExecutorService setup = Executors.newFixedThreadPool(4);
            List<Future<TestClient>> signedUp = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                int n = i;
                signedUp.add(setup.submit(() -> new TestClient(base).signUp("bench" + n + "@example.com",
                        "benchmark passphrase " + n)));
            }
            for (Future<TestClient> f : signedUp) {
                TestClient c = f.get();
                String attempt = DrillHttpTest.startMock(c, 5);
                c.get(attempt);
                clients.add(c);
                attempts.add(attempt);
            }
            setup.shutdown();
            String text = "We shard by tenant; at 10x the hot tenant breaks first. ".repeat(40); // ~2.3K chars, a typical draft
            ExecutorService pool = Executors.newFixedThreadPool(learners);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[][]>> results = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                TestClient c = clients.get(i);
                String attempt = attempts.get(i);
                results.add(pool.submit(() -> {
                    long[] saves = new long[rounds];
                    long[] pages = new long[(rounds + 3) / 4];
                    go.await();
                    if (thinkMs > 0) {
                        Thread.sleep((long) (thinkMs * Math.random())); // learners do not all type in lock-step
                    }
                    for (int r = 0; r < rounds; r++) {
                        long t0 = System.nanoTime();
                        var p = c.post(attempt + "/draft", "answer", text + r);
                        saves[r] = System.nanoTime() - t0;
                        if (p.status() != 200) {
                            throw new IllegalStateException("save failed: " + p.status());
                        }
                        if (thinkMs > 0) {
                            Thread.sleep((long) (thinkMs * (0.5 + Math.random()))); // spread learners out
                        }
                        if (r % 4 == 0) {
                            t0 = System.nanoTime();
                            var page = c.get(attempt);
                            pages[r / 4] = System.nanoTime() - t0;
                            if (page.status() != 200) {
                                throw new IllegalStateException("page failed: " + page.status());
                            }
                        }
                    }
                    return new long[][]{saves, pages};
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<Long> saves = new ArrayList<>();
            List<Long> pages = new ArrayList<>();
            for (Future<long[][]> f : results) {
                long[][] r = f.get();
                Arrays.stream(r[0]).forEach(saves::add);
                Arrays.stream(r[1]).forEach(pages::add);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            report("autosave POST", saves, seconds);
            report("question page GET", pages, seconds);
            System.out.printf("total: %d requests in %.1f s = %.0f req/s with %d concurrent learners%n",
                    saves.size() + pages.size(), seconds, (saves.size() + pages.size()) / seconds, learners);
        }
    }

    private static void report(String name, List<Long> nanos, double seconds) {
        Latencies l = Latencies.of(nanos);
        System.out.printf("%-18s n=%d  p50=%.1f ms  p99=%.1f ms  max=%.1f ms  throughput=%.0f/s%n", name, l.count(),
                l.ms(0.5), l.ms(0.99), l.maxMs(), l.count() / seconds);
    }
}
