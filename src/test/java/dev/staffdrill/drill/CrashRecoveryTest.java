package dev.staffdrill.drill;

import dev.staffdrill.App;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.ServerProcess;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server acknowledged survives the process dying, each run against the app in a second
 * JVM: {@code kill -9} while learners autosave, {@code kill -9} right after submits, and SIGTERM
 * while requests are still arriving. After each, the same data dir is opened again and checked.
 */
class CrashRecoveryTest {
    private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");
    private static final Pattern COUNTER = Pattern.compile("save #(\\d+) ");
    private static final String PW = "crash test passphrase";

    @TempDir
    Path tmp;

    private record Learner(TestClient client, String attempt, String username) {
        long id() {
            return Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        }
    }

    private List<Learner> learners(ServerProcess server, int n) {
        List<Learner> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "crash" + i + "@example.com";
            TestClient c = new TestClient(server.url()).signUp(name, PW);
            String attempt = DrillHttpTest.startMock(c, 1);
            assertThat(c.get(attempt).status()).isEqualTo(200); // opens the question: its clock starts
            out.add(new Learner(c, attempt, name));
        }
        return out;
    }

    private App reopen(Path data, Path content) {
        return TestApp.start(TestConfig.h2App(data, content)); // the server process owns this H2 file, on every tier
    }

    @Test
    void killDuringAutosaveLosesNothingAcknowledged() throws Exception {
        Path data = tmp.resolve("data");
        Path content = Fixtures.content(tmp.resolve("content"));
        List<Learner> learners;
        int[] ackedCounter;
        int[] ackedRevision;
        try (ServerProcess server = ServerProcess.start(data, content)) {
            learners = learners(server, 6);
            ackedCounter = new int[learners.size()];
            ackedRevision = new int[learners.size()];
            ExecutorService pool = Executors.newFixedThreadPool(learners.size());
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch saving = new CountDownLatch(learners.size());
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < learners.size(); i++) {
                int k = i;
                running.add(pool.submit(() -> {
                    Learner l = learners.get(k);
                    for (int n = 1; !killed.get(); n++) {
                        TestClient.Page p;
                        try {
                            p = l.client().post(l.attempt() + "/draft", "answer", "save #" + n + " by " + l.username());
                        } catch (RuntimeException connectionGone) {
                            return; // the server died under this request: it was never acknowledged
                        }
                        assertThat(p.status()).as(p.body()).isEqualTo(200);
                        Matcher m = REVISION.matcher(p.body());
                        assertThat(m.find()).isTrue();
                        ackedCounter[k] = n;
                        ackedRevision[k] = Integer.parseInt(m.group(1));
                        if (n == 3) {
                            saving.countDown();
                        }
                    }
                }));
            }
            saving.await();
            Thread.sleep(300); // every learner is mid-stream, saving as fast as the server answers
            server.kill9();
            killed.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
        }
        try (App app = reopen(data, content)) {
            for (int k = 0; k < learners.size(); k++) {
                Learner l = learners.get(k);
                String answer = TestApp.query(app, String.class, "SELECT answer FROM attempt WHERE id = ?", l.id());
                int revision = TestApp.query(app, Integer.class, "SELECT draft_revision FROM attempt WHERE id = ?", l.id());
                Matcher m = COUNTER.matcher(answer);
                assertThat(m.find()).as("learner %d's draft: %s", k, answer).isTrue();
                // A save in flight at the kill may have been written without its answer arriving: >= not ==.
                assertThat(Integer.parseInt(m.group(1))).as("learner %d's last acknowledged save", k)
                        .isGreaterThanOrEqualTo(ackedCounter[k]);
                assertThat(revision).isGreaterThanOrEqualTo(ackedRevision[k]);
                assertThat(TestApp.query(app, Integer.class, "SELECT COUNT(*) FROM app_user WHERE username = ?",
                        l.username())).as("acknowledged sign-up").isEqualTo(1);
            }
        }
    }

    @Test
    void killRightAfterSubmitKeepsEverySubmitAndGradesItOnce() throws Exception {
        Path data = tmp.resolve("data");
        Path content = Fixtures.content(tmp.resolve("content"));
        List<Learner> learners;
        try (ServerProcess server = ServerProcess.start(data, content)) {
            learners = learners(server, 8);
            for (Learner l : learners) {
                assertThat(l.client().post(l.attempt() + "/draft", "answer", "a draft").status()).isEqualTo(200);
            }
            ExecutorService pool = Executors.newFixedThreadPool(learners.size());
            List<Future<TestClient.Page>> submits = new ArrayList<>();
            for (Learner l : learners) {
                submits.add(pool.submit(() -> l.client().post(l.attempt() + "/submit", "answer",
                        "final answer of " + l.username())));
            }
            for (Future<TestClient.Page> f : submits) {
                TestClient.Page p = f.get();
                assertThat(p.status()).isEqualTo(303);
                assertThat(p.location()).endsWith("/rate");
            }
            server.kill9(); // at once: the grading jobs these submits enqueued have likely not run
            pool.shutdown();
        }
        try (App app = reopen(data, content)) {
            for (Learner l : learners) {
                assertThat(TestApp.query(app, String.class, "SELECT answer FROM attempt WHERE id = ? AND submitted_at IS NOT NULL",
                        l.id())).as("the submit stands").isEqualTo("final answer of " + l.username());
            }
            // A job the killed process had picked runs again only once db-scheduler sees it dead: 4
            // missed 15 s heartbeats, then its next poll. Allow for that, and for a loaded machine.
            long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < until && TestApp.query(app, Integer.class,
                    "SELECT COUNT(*) FROM grading_request WHERE status <> 'DONE'") > 0) {
                Thread.sleep(100);
            }
            for (Learner l : learners) {
                assertThat(TestApp.query(app, Integer.class,
                        "SELECT COUNT(*) FROM grading_request WHERE attempt_id = ? AND status = 'DONE'", l.id()))
                        .as("one finished grading request for attempt %d", l.id()).isEqualTo(1);
                assertThat(TestApp.query(app, Integer.class, "SELECT COUNT(*) FROM grade WHERE attempt_id = ?", l.id()))
                        .as("graded exactly once").isEqualTo(1);
            }
        }
    }

    @Test
    void sigtermLetsRequestsInFlightFinishBeforeTheDatabaseCloses() throws Exception {
        Path data = tmp.resolve("data");
        Path content = Fixtures.content(tmp.resolve("content"));
        List<Learner> learners;
        List<String> responses = new ArrayList<>();
        ServerProcess server = ServerProcess.start(data, content);
        try {
            learners = learners(server, 3);
            List<Socket> sockets = new ArrayList<>();
            List<byte[]> rests = new ArrayList<>();
            for (Learner l : learners) {
                // Headers and half the body now, the rest after SIGTERM: the request is running when the signal comes.
                byte[] body = ("answer=" + java.net.URLEncoder.encode("written while the server stops, by "
                        + l.username(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                StringBuilder cookie = new StringBuilder();
                l.client().cookies().values().forEach(c -> cookie.append(c.name()).append('=').append(c.value()).append("; "));
                String head = "POST " + l.attempt() + "/draft HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n"
                        + "Cookie: " + cookie + "\r\nX-CSRF-Token: " + l.client().csrf() + "\r\n"
                        + "Accept: application/json\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
                Socket s = new Socket("localhost", server.port());
                s.setSoTimeout(30_000);
                OutputStream out = s.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                sockets.add(s);
                rests.add(java.util.Arrays.copyOfRange(body, body.length / 2, body.length));
            }
            Thread.sleep(300);
            server.sigterm();
            Thread.sleep(700);
            assertThat(server.alive()).as("still finishing the requests in flight").isTrue();
            for (int i = 0; i < sockets.size(); i++) {
                try (Socket s = sockets.get(i)) {
                    s.getOutputStream().write(rests.get(i));
                    s.getOutputStream().flush();
                    InputStream in = s.getInputStream();
                    responses.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertThat(server.waitForExit(Duration.ofSeconds(30))).as("exited after SIGTERM").isTrue();
        } finally {
            server.close();
        }
        for (String r : responses) {
            assertThat(r).as("server log:%n%s", server.log()).startsWith("HTTP/1.1 200").contains("\"saved\":true");
        }
        assertThat(server.log()).doesNotContain("ERROR", "WARN", "Exception", "already closed");
        try (App app = reopen(data, content)) {
            for (Learner l : learners) {
                assertThat(TestApp.query(app, String.class, "SELECT answer FROM attempt WHERE id = ?", l.id()))
                        .isEqualTo("written while the server stops, by " + l.username());
            }
        }
    }
}
