package dev.staffdrill;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from {@code java -jar target/staff-drill.jar} to its first HTTP 200 on {@code /}, over 5 cold
 * starts (a fresh data dir each, so Flyway migrates every time; the real content/). Not a test (the
 * pom excludes *Benchmark); run it after building the jar:
 *
 * <pre>
 * mvn -B -o -q package -DskipTests
 * java -cp target/test-classes dev.staffdrill.StartupBenchmark [runs]
 * </pre>
 */
public final class StartupBenchmark {
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of("target", "staff-drill.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -B -q package -DskipTests first");
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long ms = once(jar);
            millis.add(ms);
            System.out.printf("run %d: first 200 on / after %d ms%n", i, ms);
        }
        millis.sort(Comparator.naturalOrder());
        System.out.printf("median of %d: %d ms (min %d, max %d)%n", runs, millis.get(runs / 2), millis.get(0),
                millis.get(runs - 1));
    }

    private static long once(Path jar) throws Exception {
        int port = freePort();
        Path data = Files.createTempDirectory("staffdrill-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--port", String.valueOf(port),
                "--data-dir", data.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the app exited with " + p.exitValue() + " before serving /");
                }
                try {
                    if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("no 200 on / within " + GIVE_UP);
        } finally {
            p.destroy(); // SIGTERM: the app's graceful shutdown
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
