package dev.staffdrill.drill;

import dev.staffdrill.App;
import dev.staffdrill.account.Sessions;
import dev.staffdrill.testing.Latencies;
import dev.staffdrill.testing.PlainHttp;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Paced learners on H2 with one instance, and on PostgreSQL with one and with two instances, each
 * instance a server process of its own started the way an operator starts one
 * ({@code java -jar target/staff-drill.jar --port P --jdbc-url …}).
 *
 * <p><b>What a learner does</b> (as {@code static/js/drill.js}): an autosave of a ~2.3K-character
 * draft every 3 s (±10 %, learners start at random moments within the first 3 s), never two of one
 * learner's saves at once; after every 4th save the question page is loaded. With two instances a
 * learner's requests alternate between them, as a round-robin proxy without sticky sessions sends them.
 *
 * <p><b>How it measures.</b> This JVM is only the load generator, and a light one: every learner's
 * next request waits in one queue ordered by its due time, and 48 sender threads, each with one
 * keep-alive HTTP/1.1 connection per instance ({@link PlainHttp}, a few dozen microseconds of CPU a
 * request where a full client took a millisecond of the two cores), send whatever is due — not a
 * thread per learner. A request's latency runs from its <em>planned</em> send time to the last byte
 * of the answer, so a generator or server that falls behind shows up as latency instead of quietly
 * sending fewer requests ("coordinated omission"); if a learner's previous request is still out, the
 * next waits for it, and the wait counts. A page load is
 * planned the moment its save is answered. Before the measured rounds, {@code warmup} rounds of the
 * same load run uncounted (a fresh JVM interprets before it compiles; a server that has run for an
 * hour has not). A request that fails or takes over 10 s is counted in {@code failed} and kept at
 * its elapsed time. Accounts and sessions are inserted directly (1,000 Argon2 hashes would only
 * measure Argon2); drills are started over HTTP by an in-process app on the same database, which is
 * closed before the server processes start. Everything runs on one machine: generator, instances and
 * PostgreSQL share its cores, which the figures include.
 *
 * <p>Run (after {@code mvn -DskipTests package test-compile}, with a throwaway cluster from
 * {@code .ci/postgres start DIR}):
 * <pre>
 * java -Dstaffdrill.test.postgres=jdbc:postgresql://localhost:PORT/postgres?user=postgres \
 *   -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *   dev.staffdrill.drill.ClusterLoadBenchmark [learners,…=200,1000] [rounds=12] [thinkMs=3000] [warmup=4]
 * </pre>
 * Without the property only H2 runs. {@code -Dbench.serverJvm="…"} adds JVM options to every server
 * process (e.g. a flight recording); {@code -Dbench.setups=h2,pg1,pg2} picks setups; each server's log
 * is kept as {@code server-N.log} in the run's temp data dir, printed at the end of its row.
 */
public final class ClusterLoadBenchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String TEXT = "We shard by tenant; at 10x the hot tenant breaks first. ".repeat(40); // ~2.3K chars
    private static final String ENCODED = URLEncoder.encode(TEXT, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "200,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        long thinkMs = args.length > 2 ? Long.parseLong(args[2]) : 3000;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        List<String> setups = List.of(System.getProperty("bench.setups", "h2,pg1,pg2").split(","));
        Path jar = Path.of("target/staff-drill.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run mvn -DskipTests package first");
        }
        System.out.printf("%-24s %8s %12s %12s %12s %12s %8s %8s%n", "setup", "learners", "save p50", "save p99",
                "page p50", "page p99", "req/s", "failed");
        for (int learners : sizes) {
            if (setups.contains("h2")) {
                run("H2, 1 instance", learners, rounds, thinkMs, warmup, 1, false);
            }
            if (TestDatabase.onPostgres()) {
                if (setups.contains("pg1")) {
                    run("PostgreSQL, 1 instance", learners, rounds, thinkMs, warmup, 1, true);
                }
                if (setups.contains("pg2")) {
                    run("PostgreSQL, 2 instances", learners, rounds, thinkMs, warmup, 2, true);
                }
            }
        }
    }

    /** One learner as the generator sees it: where their attempt is and what their browser sends. */
    private record Learner(String attempt, String cookie, String csrf) {
    }

    private static void run(String setup, int learners, int rounds, long thinkMs, int warmup, int instances,
                            boolean postgres) throws Exception {
        Path data = Files.createTempDirectory("staffdrill-cluster-bench");
        List<String> dbFlags = postgres ? List.of("--jdbc-url", TestDatabase.freshPostgres(
                "sd_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)), "--db-user",
                TestDatabase.user(TestDatabase.postgres().orElseThrow())) : List.of();
        List<Learner> cohort = prepare(data, dbFlags, learners);
        List<Process> servers = new ArrayList<>();
        try {
            List<String> bases = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                int port = freePort();
                servers.add(startServer(data, dbFlags, port, data.resolve("server-" + i + ".log")));
                bases.add("http://localhost:" + port);
            }
            for (String base : bases) {
                awaitHealthy(base);
            }
            if (warmup > 0) {
                drive(cohort, bases, warmup, thinkMs); // the same load, not counted: the servers' JIT compiles here
            }
            long[] before = Cpu.now(servers);
            Result r = drive(cohort, bases, rounds, thinkMs);
            long[] used = Cpu.since(before, servers);
            Latencies s = Latencies.of(r.saves());
            Latencies p = Latencies.of(r.pages());
            int requests = r.saves().size() + r.pages().size();
            System.out.printf("%-24s %8d %9.1f ms %9.1f ms %9.1f ms %9.1f ms %8.0f %8d   cpu ms/request: app %.2f, "
                            + "postgres %.2f, generator %.2f (logs: %s)%n", setup, learners,
                    s.ms(0.5), s.ms(0.99), p.ms(0.5), p.ms(0.99), r.perSecond(), r.failed(),
                    (double) used[0] / requests, (double) used[1] / requests, (double) used[2] / requests, data);
        } finally {
            for (Process p : servers) {
                p.destroy(); // SIGTERM: the server finishes running requests and closes its pool
            }
            for (Process p : servers) {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    /** Makes the accounts, sessions and started drills with an in-process app, which is closed again. */
    private static List<Learner> prepare(Path data, List<String> dbFlags, int learners) {
        List<Learner> cohort = new ArrayList<>();
        try (App app = TestApp.start(TestApp.h2Config(data, Path.of("content"), dbFlags.toArray(String[]::new)))) {
            new TestClient(TestApp.url(app)).signUp("template@example.com", "benchmark passphrase");
            String hash = TestApp.query(app, String.class, "SELECT password_hash FROM app_user WHERE username = ?",
                    "template@example.com");
            Sessions sessions = new Sessions(app.database().jdbi(), Clock.systemUTC(), Duration.ofHours(2), Duration.ofDays(7));
            for (int i = 0; i < learners; i++) {
                String name = "bench" + i + "@example.com";
                long id = app.database().jdbi().withHandle(h -> h.createUpdate("""
                                INSERT INTO app_user (username, display_name, password_hash, role, created_at)
                                VALUES (:u, :d, :p, 'LEARNER', :at)""")
                        .bind("u", name).bind("d", "Bench " + name).bind("p", hash)
                        .bind("at", Instant.now().atOffset(ZoneOffset.UTC))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
                Sessions.Created session = sessions.create(id);
                TestClient c = new TestClient(TestApp.url(app)).withCookie("sd_session", session.token());
                c.get("/");
                String attempt = DrillHttpTest.startMock(c, 5);
                if (c.get(attempt).status() != 200) { // opens the attempt: its clock starts here
                    throw new IllegalStateException("could not open " + attempt);
                }
                cohort.add(new Learner(attempt, "sd_session=" + session.token(), session.session().csrfToken()));
            }
        }
        return cohort;
    }

    private static Process startServer(Path data, List<String> dbFlags, int port, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String jvm = System.getProperty("bench.serverJvm", "").trim();
        if (!jvm.isEmpty()) {
            cmd.addAll(List.of(jvm.split("\\s+")));
        }
        cmd.addAll(List.of("-jar", "target/staff-drill.jar", "--port", String.valueOf(port),
                "--data-dir", data.toString(), "--content-dir", "content"));
        cmd.addAll(dbFlags);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("STAFFDRILL_")); // only the flags above count
        return pb.start();
    }

    private static void awaitHealthy(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(base + " did not answer /healthz within 120 s");
    }

    private record Result(List<Long> saves, List<Long> pages, double perSecond, int failed) {
    }

    /** Connections per instance, each with a worker of its own: the sending side never waits for threads, only for due times. */
    private static final int CONNECTIONS = 48;

    /**
     * The paced load: every learner's next request waits in one queue ordered by when it is due;
     * {@link #CONNECTIONS} workers take what is due and send it over their keep-alive connections.
     */
    private static Result drive(List<Learner> cohort, List<String> bases, int rounds, long thinkMs)
            throws InterruptedException {
        DelayQueue<Step> due = new DelayQueue<>();
        Tally tally = new Tally(cohort.size());
        Random random = new Random(42);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        for (int i = 0; i < cohort.size(); i++) {
            long first = start + (long) (random.nextDouble() * thinkMs * 1e6);
            Typist t = new Typist(cohort.get(i), i, bases, rounds, thinkMs);
            due.add(new Step(t, 0, false, first, first, 0));
        }
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            Thread worker = new Thread(() -> work(due, bases, tally), "bench-sender-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        tally.done.await();
        workers.forEach(Thread::interrupt);
        double seconds = (tally.to - tally.from) / 1e9;
        return new Result(new ArrayList<>(tally.saves), new ArrayList<>(tally.pages),
                (tally.saves.size() + tally.pages.size()) / seconds, tally.failed.get());
    }

    /** What a run collected: latencies in nanoseconds from the planned send time, failures, the time span. */
    private static final class Tally {
        final ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> pages = new ConcurrentLinkedQueue<>();
        final AtomicInteger failed = new AtomicInteger();
        final CountDownLatch done;
        long from = Long.MAX_VALUE;
        long to;

        Tally(int learners) {
            done = new CountDownLatch(learners);
        }

        synchronized void span(long planned, long answered) {
            from = Math.min(from, planned);
            to = Math.max(to, answered);
        }
    }

    /**
     * One request of one learner: due to be sent at {@code sendAt}, planned for {@code planned} (later
     * than planned when the learner's previous request was still out, as the browser never overlaps
     * saves). {@code nextSave} is, for a page load, when the next save is planned.
     */
    private record Step(Typist who, int round, boolean page, long planned, long sendAt, long nextSave)
            implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(sendAt - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(sendAt, ((Step) o).sendAt);
        }
    }

    private static void work(DelayQueue<Step> due, List<String> bases, Tally tally) {
        java.util.Map<String, PlainHttp> connections = new java.util.HashMap<>();
        try {
            while (true) {
                Step step = due.take();
                Typist t = step.who();
                String base = t.nextBase();
                PlainHttp http = connections.computeIfAbsent(base, b -> new PlainHttp(b, (int) TIMEOUT.toMillis()));
                boolean ok;
                try {
                    PlainHttp.Response r = step.page()
                            ? http.send("GET", t.learner.attempt(), t.headers, null)
                            : http.send("POST", t.learner.attempt() + "/draft", t.saveHeaders, t.draft(step.round()));
                    ok = r.status() == 200 && (step.page() || r.body().contains("\"saved\":true"));
                } catch (IOException e) {
                    ok = false;
                }
                long answered = System.nanoTime();
                (step.page() ? tally.pages : tally.saves).add(answered - step.planned());
                if (!ok) {
                    tally.failed.incrementAndGet();
                }
                tally.span(step.planned(), answered);
                long nextSave = step.page() ? step.nextSave() : t.nextPlanned(step.planned());
                if (!step.page() && step.round() % 4 == 0) {
                    due.add(new Step(t, step.round(), true, answered, answered, nextSave)); // the page, right after its save
                } else if (step.round() + 1 < t.rounds) {
                    due.add(new Step(t, step.round() + 1, false, nextSave, Math.max(nextSave, answered), 0));
                } else {
                    tally.done.countDown();
                }
            }
        } catch (InterruptedException e) {
            connections.values().forEach(PlainHttp::close);
        }
    }

    /** One learner's browser: its cookie and token, its round-robin position, its rhythm. */
    private static final class Typist {
        final Learner learner;
        final String headers;
        final String saveHeaders;
        final int rounds;
        private final List<String> bases;
        private final long thinkMs;
        private final Random random;
        private int next;

        Typist(Learner learner, int index, List<String> bases, int rounds, long thinkMs) {
            this.learner = learner;
            this.headers = "Cookie: " + learner.cookie() + "\r\n";
            this.saveHeaders = headers + "X-CSRF-Token: " + learner.csrf() + "\r\nAccept: application/json\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n";
            this.bases = bases;
            this.rounds = rounds;
            this.thinkMs = thinkMs;
            this.random = new Random(index);
            this.next = index;
        }

        /** One worker at a time handles a learner (its steps follow each other), so no locking. */
        String nextBase() {
            return bases.get(next++ % bases.size());
        }

        long nextPlanned(long planned) {
            return planned + (long) (thinkMs * (0.9 + 0.2 * random.nextDouble()) * 1e6);
        }

        byte[] draft(int round) {
            return ("answer=" + ENCODED + round).getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * CPU time (user + system, from /proc) of the server processes, of every PostgreSQL process, and
     * of this generator, in milliseconds: where the machine's two cores went during the load.
     */
    private static final class Cpu {
        private static final long MS_PER_TICK = 10; // USER_HZ is 100 on Linux

        static long[] now(List<Process> servers) {
            long app = servers.stream().mapToLong(p -> ticks(p.pid())).sum();
            long pg = ProcessHandle.allProcesses().filter(h -> "postgres".equals(comm(h.pid()))).mapToLong(h -> ticks(h.pid())).sum();
            return new long[]{app * MS_PER_TICK, pg * MS_PER_TICK, ticks(ProcessHandle.current().pid()) * MS_PER_TICK};
        }

        static long[] since(long[] before, List<Process> servers) {
            long[] after = now(servers);
            return new long[]{after[0] - before[0], after[1] - before[1], after[2] - before[2]};
        }

        private static String comm(long pid) {
            try {
                return Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).strip();
            } catch (IOException e) {
                return "";
            }
        }

        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            } catch (IOException | RuntimeException e) {
                return 0; // gone meanwhile (a backend that exited): its time is lost, not guessed
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
