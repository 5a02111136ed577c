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
 * target/staff-drill.jar}, the real content/) beside a bare Javalin 7 hello-world
 * ({@link dev.staffdrill.bench.HelloJavalin}, on the same JVM and the same jar's Javalin), alternating,
 * so both see the same machine load. Reports wall time and the CPU time the process had used when the
 * first page arrived. Not a test (the pom excludes *Benchmark); run it after building the jar:
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp target/test-classes dev.staffdrill.StartupBenchmark [runs] [fresh|restart] [--cds] [app JVM flags...]
 * </pre>
 *
 * {@code fresh} (the default) gives every app run a new data dir, so Flyway migrates an empty
 * database each time; {@code restart} migrates one data dir once, unmeasured, and then restarts on
 * it: the common case. {@code --cds} first makes a class-data-sharing archive from one training start
 * ({@code -XX:ArchiveClassesAtExit}, as the README describes) and then starts the app with
 * {@code -XX:SharedArchiveFile}; the bare hello-world always runs without one.
 */
public final class StartupBenchmark {
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private record Run(long wallMillis, long cpuMillis) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        int runs = !rest.isEmpty() && rest.get(0).matches("\\d+") ? Integer.parseInt(rest.remove(0)) : 5;
        boolean restart = !rest.isEmpty() && rest.get(0).equals("restart");
        if (!rest.isEmpty() && rest.get(0).matches("fresh|restart")) {
            rest.remove(0);
        }
        boolean cds = rest.remove("--cds");
        List<String> appFlags = new ArrayList<>(rest);
        Path jar = Path.of("target", "staff-drill.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -B -q package -DskipTests first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String bareClasspath = jar + File.pathSeparator + Path.of("target", "test-classes");
        String loadBefore = loadAverage();
        Path restartDir = Files.createTempDirectory("staffdrill-bench");
        if (cds) {
            Path archive = Path.of("target", "staff-drill-bench.jsa");
            Files.deleteIfExists(archive);
            List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive));
            training.addAll(appFlags);
            once(freePort(), appCommand(training, jar, Files.createTempDirectory("staffdrill-bench")));
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("the training run wrote no archive " + archive);
            }
            appFlags.add(0, "-XX:SharedArchiveFile=" + archive);
        }
        List<String> appJvm = new ArrayList<>(List.of(java));
        appJvm.addAll(appFlags);
        if (restart) {
            once(freePort(), appCommand(appJvm, jar, restartDir)); // migrates; not measured
        }
        List<Run> bare = new ArrayList<>();
        List<Run> app = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            int port = freePort();
            Run b = once(port, List.of(java, "-cp", bareClasspath, "dev.staffdrill.bench.HelloJavalin", String.valueOf(port)));
            bare.add(b);
            Path dataDir = restart ? restartDir : Files.createTempDirectory("staffdrill-bench");
            Run a = once(freePort(), appCommand(appJvm, jar, dataDir));
            app.add(a);
            System.out.printf("run %d: bare Javalin %d ms (cpu %d ms), Staff Drill %d ms (cpu %d ms)%n", i,
                    b.wallMillis(), b.cpuMillis(), a.wallMillis(), a.cpuMillis());
        }
        long bareWall = median(bare, Run::wallMillis);
        long appWall = median(app, Run::wallMillis);
        long bareCpu = median(bare, Run::cpuMillis);
        long appCpu = median(app, Run::cpuMillis);
        System.out.printf("%s%s, app flags %s; load average before: %s, after: %s%n", restart ? "restart" : "fresh",
                cds ? " with CDS" : "", appFlags, loadBefore, loadAverage());
        System.out.printf("median of %d: bare Javalin %d ms (cpu %d ms), Staff Drill %d ms (cpu %d ms): %.2fx wall, %.2fx cpu%n",
                runs, bareWall, bareCpu, appWall, appCpu, (double) appWall / bareWall, (double) appCpu / bareCpu);
    }

    private static List<String> appCommand(List<String> jvm, Path jar, Path dataDir) {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "--port", "%PORT%", "--data-dir", dataDir.toString()));
        return cmd;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "?" elsewhere. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> f) {
        long[] v = runs.stream().mapToLong(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static Run once(int port, List<String> command) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        List<String> cmd = command.stream().map(a -> a.equals("%PORT%") ? String.valueOf(port) : a).toList();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
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
