package dev.staffdrill;

import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each start-up failure: one line naming the cause and the fix, a non-zero exit, no stack trace. */
class StartupFailureTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // A start-up that wrongly succeeds would serve forever: fail the test instead of hanging the build.
        int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Main.execute(args, env, new PrintWriter(out), new PrintWriter(err)));
        return new Run(code, out.toString(), err.toString());
    }

    private String[] serve(Path data, int port, String... more) {
        String[] base = {"serve", "--port", String.valueOf(port), "--data-dir", data.toString(),
                "--content-dir", Fixtures.content(tmp.resolve("content")).toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static void assertOneLine(Run r, String... fragments) {
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(fragments).doesNotContain("\tat ", "Exception");
    }

    @Test
    void portInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run r = run(Map.of(), serve(tmp.resolve("data"), taken.getLocalPort()));
            assertOneLine(r, "port " + taken.getLocalPort() + " is already in use", "--port");
        }
    }

    @Test
    void dataDirectoryThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        Run r = run(Map.of(), serve(file, 0));
        assertOneLine(r, "data directory", "cannot be created", "--data-dir");
    }

    @Test
    void databaseLockedByASecondInstance() throws Exception {
        // H2 shares an open file database within one JVM, so the second instance must be its own process.
        // H2's file lock is the subject, in both tiers (on PostgreSQL several instances are the point).
        Path data = tmp.resolve("shared-data");
        try (App first = TestApp.start(TestApp.h2Config(data, Fixtures.content(tmp.resolve("c1"))))) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.staffdrill.Main", "serve", "--port", "0",
                    "--data-dir", data.toString(), "--content-dir", Fixtures.content(tmp.resolve("c2")).toString())
                    .redirectErrorStream(false).start();
            boolean exited = p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly();
            }
            String err = new String(p.getErrorStream().readAllBytes());
            assertThat(exited).as("second instance must exit, stderr: " + err).isTrue();
            Run r = new Run(p.exitValue(), "", err.lines().filter(l -> l.startsWith("error:")).findFirst().orElse(err));
            assertOneLine(r, "in use by another Staff Drill process", "--data-dir");
        }
    }

    @Test
    void invalidContentListsFileAndLine() throws IOException {
        Path content = Fixtures.content(tmp.resolve("content"));
        Path q = content.resolve("questions/ch14/14-fu-q1.md");
        Files.writeString(q, Files.readString(q).replace("dimensions: [B, C]", "dimensions: [Q]"));
        Run r = run(Map.of(), "serve", "--port", "0", "--data-dir", tmp.resolve("d").toString(),
                "--content-dir", content.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("content is invalid").contains("14-fu-q1.md:7: unknown dimension 'Q'")
                .doesNotContain("\tat ");
        Run v = run(Map.of(), "validate", "--content-dir", content.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.err()).contains("14-fu-q1.md:7: unknown dimension 'Q'");
    }

    @Test
    void validateRequiresThreeProbesOnEveryItem() throws IOException {
        Path content = dev.staffdrill.testing.ThreadFixtures.content();
        Path q = content.resolve("questions/ch14/14-fu-strong-read.md");
        String text = Files.readString(q);
        int cut = text.indexOf("  - signal: dominant-constraint");
        Files.writeString(q, text.substring(0, cut) + text.substring(text.indexOf("---", cut)));
        Run v = run(Map.of(), "validate", "--content-dir", content.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.err()).contains("14-fu-strong-read.md:9: probes: 2 of the 3 every follow-up and exercise needs")
                .doesNotContain("14-fu-witness.md").doesNotContain("\tat ");
    }

    @Test
    void malformedEnvironmentVariableIsNamed() {
        Run r = run(Map.of("STAFFDRILL_PORT", "70x"), "validate");
        assertOneLine(r, "STAFFDRILL_PORT", "70x");
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run r = run(Map.of(), serve(tmp.resolve("data"), taken.getLocalPort(), "--debug"));
            assertThat(r.code()).isNotZero();
            assertThat(r.err()).contains("already in use").contains("\tat ");
        }
    }

    @Test
    void validatePrintsCountsAndHelpListsEverySetting() {
        Run v = run(Map.of(), "validate", "--content-dir", dev.staffdrill.testing.ThreadFixtures.content().toString());
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("questions: 2").contains("sets: 1");
        Run h = run(Map.of(), "--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("serve", "validate", "STAFFDRILL_LLM_API_KEY", "--data-dir");
    }
}
