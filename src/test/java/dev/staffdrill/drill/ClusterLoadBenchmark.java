package dev.staffdrill.drill;

import dev.staffdrill.App;
import dev.staffdrill.account.Sessions;
import dev.staffdrill.testing.Latencies;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Paced learners (an autosave every 3 s while typing, the question page every 4th save, as
 * {@link DrillLoadBenchmark}'s paced mode) at several cohort sizes, on H2 with one instance, and on
 * PostgreSQL with one and with two instances behind no proxy: each learner's requests alternate
 * between the instances, as a round-robin proxy without sticky sessions sends them. Everything on
 * one machine, load generator included. Not a unit test; run (after {@code mvn test-compile}, with a
 * throwaway cluster from {@code .ci/postgres start DIR}):
 * <pre>
 * java -Dstaffdrill.test.postgres=jdbc:postgresql://localhost:PORT/postgres?user=postgres \
 *   -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *   dev.staffdrill.drill.ClusterLoadBenchmark [learners,…=200,1000] [rounds=20] [thinkMs=3000]
 * </pre>
 * Without the property only H2 runs. Learners' accounts and sessions are made directly in the
 * database (hashing 1,000 passwords would only measure Argon2); drills are started over HTTP.
 */
public final class ClusterLoadBenchmark {
    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "200,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long thinkMs = args.length > 2 ? Long.parseLong(args[2]) : 3000;
        System.out.printf("%-24s %8s %12s %12s %12s %12s %8s %8s%n", "setup", "learners", "save p50", "save p99",
                "page p50", "page p99", "req/s", "failed");
        for (int learners : sizes) {
            run("H2, 1 instance", learners, rounds, thinkMs, 1, false);
            if (TestDatabase.onPostgres()) {
                run("PostgreSQL, 1 instance", learners, rounds, thinkMs, 1, true);
                run("PostgreSQL, 2 instances", learners, rounds, thinkMs, 2, true);
            }
        }
    }

    private static void run(String setup, int learners, int rounds, long thinkMs, int instances, boolean postgres)
            throws Exception {
        Path data = Files.createTempDirectory("staffdrill-cluster-bench");
        String[] flags = postgres ? new String[]{"--jdbc-url", TestDatabase.freshPostgres(
                "sd_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)), "--db-user",
                TestDatabase.user(TestDatabase.postgres().orElseThrow())} : new String[0];
        List<App> apps = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                // The flags name the PostgreSQL database explicitly; without them, the H2 file under data.
                apps.add(TestApp.start(TestApp.h2Config(data, Path.of("content"), flags)));
            }
            App first = apps.get(0);
            TestClient template = new TestClient(TestApp.url(first)).signUp("template@example.com", "benchmark passphrase");
            String hash = TestApp.query(first, String.class, "SELECT password_hash FROM app_user WHERE username = ?",
                    "template@example.com");
            Sessions sessions = new Sessions(first.database().jdbi(), Clock.systemUTC(), Duration.ofHours(2), Duration.ofDays(7));
            List<List<TestClient>> clients = new ArrayList<>(); // per learner: one client per instance, shared cookies
            List<String> attempts = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                String name = "bench" + i + "@example.com";
                long id = first.database().jdbi().withHandle(h -> h.createUpdate("""
                                INSERT INTO app_user (username, display_name, password_hash, role, created_at)
                                VALUES (:u, :d, :p, 'LEARNER', :at)""")
                        .bind("u", name).bind("d", "Bench " + name).bind("p", hash)
                        .bind("at", Instant.now().atOffset(ZoneOffset.UTC))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
                TestClient c = new TestClient(TestApp.url(first)).withCookie("sd_session", sessions.create(id).token());
                c.get("/");
                String attempt = DrillHttpTest.startMock(c, 5);
                c.get(attempt);
                List<TestClient> perInstance = new ArrayList<>(List.of(c));
                for (int k = 1; k < instances; k++) {
                    perInstance.add(c.sameBrowserAt(TestApp.url(apps.get(k))));
                }
                clients.add(perInstance);
                attempts.add(attempt);
            }
            String text = "We shard by tenant; at 10x the hot tenant breaks first. ".repeat(40); // ~2.3K chars
            ExecutorService pool = Executors.newFixedThreadPool(learners);
            CountDownLatch go = new CountDownLatch(1);
            var failures = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<long[][]>> results = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                List<TestClient> cs = clients.get(i);
                String attempt = attempts.get(i);
                int offset = i;
                results.add(pool.submit(() -> {
                    long[] saves = new long[rounds];
                    long[] pages = new long[(rounds + 3) / 4];
                    go.await();
                    Thread.sleep((long) (thinkMs * Math.random())); // learners do not type in lock-step
                    int n = offset;
                    for (int r = 0; r < rounds; r++) {
                        TestClient c = cs.get(n++ % cs.size()); // round-robin across instances
                        String draft = text + r;
                        saves[r] = timed(() -> c.post(attempt + "/draft", "answer", draft).status(), failures);
                        if (r % 4 == 0) {
                            TestClient reader = cs.get(n++ % cs.size());
                            pages[r / 4] = timed(() -> reader.get(attempt).status(), failures);
                        }
                        Thread.sleep((long) (thinkMs * (0.9 + 0.2 * Math.random()))); // a save every ~3 s
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
            Latencies s = Latencies.of(saves);
            Latencies p = Latencies.of(pages);
            System.out.printf("%-24s %8d %9.1f ms %9.1f ms %9.1f ms %9.1f ms %8.0f %8d%n", setup, learners,
                    s.ms(0.5), s.ms(0.99), p.ms(0.5), p.ms(0.99), (s.count() + p.count()) / seconds, failures.get());
            template.get("/");
        } finally {
            apps.forEach(App::close);
        }
    }

    /**
     * One request's latency. A failed request (not 200, or no answer within the client's 10 s
     * timeout on an overloaded machine) is counted and kept at its elapsed time, not dropped.
     */
    private static long timed(java.util.function.IntSupplier request, java.util.concurrent.atomic.AtomicInteger failures) {
        long t0 = System.nanoTime();
        try {
            if (request.getAsInt() != 200) {
                failures.incrementAndGet();
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
        return System.nanoTime() - t0;
    }
}
