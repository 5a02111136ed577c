package dev.staffdrill;

import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM stops the server cleanly: the process exits and the database is closed and unlocked. */
class GracefulShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermStopsTheServerAndReleasesTheDatabase() throws Exception {
        Path data = tmp.resolve("data");
        Path content = Fixtures.content(tmp.resolve("content"));
        Path log = tmp.resolve("server.log");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.staffdrill.Main", "serve", "--port", String.valueOf(port),
                "--data-dir", data.toString(), "--content-dir", content.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(waitFor200(port)).as("server came up; log:%n%s", Files.readString(log)).isTrue();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(log)).doesNotContain("ERROR", "WARN", "Exception");
        // The file lock is gone: a new instance opens the same database at once.
        try (App again = TestApp.start(TestApp.config(data, content))) {
            assertThat(new TestClient(TestApp.url(again)).get("/healthz").status()).isEqualTo(200);
        }
    }

    private static boolean waitFor200(int port) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/healthz")).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return false;
    }
}
