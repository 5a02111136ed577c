package dev.staffdrill.testing;

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
 * The app as `java -jar` runs it, in a second JVM, so a test can do to it what happens in
 * production: {@code kill -9} (nothing runs: no shutdown hook, no flush) or SIGTERM. The test JVM
 * cannot stand in for this: killing it would kill the test, and H2 shares an open file database
 * within one JVM.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code serve} on a free port with this data and content dir; returns once /healthz answers 200. */
    public static ServerProcess start(Path dataDir, Path contentDir, String... flags) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile(dataDir.getParent(), "server-", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.staffdrill.Main", "serve", "--port", String.valueOf(port),
                "--data-dir", dataDir.toString(), "--content-dir", contentDir.toString()));
        cmd.addAll(List.of(flags));
        // Tests never read the real environment (see TestConfig): the child gets none of the STAFFDRILL_* variables.
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("STAFFDRILL_"));
        ServerProcess server = new ServerProcess(pb.start(), port, log);
        if (!server.waitUntilUp()) {
            server.process.destroyForcibly().waitFor();
            throw new AssertionError("server did not come up; log:\n" + server.log());
        }
        return server;
    }

    private boolean waitUntilUp() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/healthz")).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a JVM, Flyway and H2 on a busy machine
        while (System.nanoTime() < until && process.isAlive()) {
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

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** SIGKILL: the process ends at once, as on an OOM kill or a pulled plug of the process. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("server survived kill -9");
        }
    }

    /** SIGTERM, as a service manager stops a service; returns without waiting for the exit. */
    public void sigterm() {
        process.destroy();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Waits for the process to exit; true if it did within the time. */
    public boolean waitForExit(Duration d) throws InterruptedException {
        return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
