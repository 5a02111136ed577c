package dev.staffdrill;

import java.io.File;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting the JVM to its first HTTP 200 on {@code /}: the app ({@code java -jar
 * target/staff-drill.jar}, a fresh data dir each run, so Flyway migrates every time; the real
 * content/) beside a bare Javalin 7 hello-world ({@link dev.staffdrill.bench.HelloJavalin}, on the same
 * JVM and the same jar's Javalin), alternating, so both see the same machine load. Reports wall time
 * and the CPU time the process had used when the first page arrived. Extra JVM flags for the app
 * (e.g. {@code -XX:SharedArchiveFile=target/staff-drill.jsa}) go after the run count. Not a test (the
 * pom excludes *Benchmark); run it after building the jar:
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp target/test-classes dev.staffdrill.StartupBenchmark [runs] [app JVM flags...]
 * </pre>
 */
public final class StartupBenchmark {
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private record Run(long wallMillis, long cpuMillis) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> appFlags = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Path jar = Path.of("target", "staff-drill.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -B -q package -DskipTests first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String bareClasspath = jar + File.pathSeparator + Path.of("target", "test-classes");
        List<Run> bare = new ArrayList<>();
        List<Run> app = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            int port = freePort();
            Run b = once(port, List.of(java, "-cp", bareClasspath, "dev.staffdrill.bench.HelloJavalin", String.valueOf(port)));
            bare.add(b);
            port = freePort();
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(appFlags);
            cmd.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port),
                    "--data-dir", Files.createTempDirectory("staffdrill-bench").toString()));
            Run a = once(port, cmd);
            app.add(a);
            System.out.printf("run %d: bare Javalin %d ms (cpu %d ms), Staff Drill %d ms (cpu %d ms)%n", i,
                    b.wallMillis(), b.cpuMillis(), a.wallMillis(), a.cpuMillis());
        }
        long bareWall = median(bare, Run::wallMillis);
        long appWall = median(app, Run::wallMillis);
        System.out.printf("median of %d: bare Javalin %d ms (cpu %d ms), Staff Drill %d ms (cpu %d ms): %.2fx%n", runs,
                bareWall, median(bare, Run::cpuMillis), appWall, median(app, Run::cpuMillis), (double) appWall / bareWall);
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> f) {
        long[] v = runs.stream().mapToLong(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static Run once(int port, List<String> command) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(command + " exited with " + p.exitValue() + " before serving /");
                }
                try {
                    if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        long cpu = p.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                        return new Run(wall, cpu);
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
