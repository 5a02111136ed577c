package dev.staffdrill.cli;

import dev.staffdrill.App;
import dev.staffdrill.Main;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `reset-password --username U`: the way back in for an admin who is locked out or forgot the password. */
class ResetPasswordCommandTest {
    static final String OLD = "admin pass phrase 42";
    static final String NEW = "a brand new pass phrase";
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext cli = new CliContext(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        int code = new CommandLine(new ResetPasswordCommand(cli,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private App app() {
        Path content = tmp.resolve("content");
        return TestApp.start(TestConfig.h2App(tmp.resolve("data"), java.nio.file.Files.isDirectory(content) ? content
                : Fixtures.content(content)));
    }

    private static int logIn(App app, String user, String pw) {
        TestClient c = new TestClient(TestApp.url(app));
        c.get("/login");
        return c.post("/login", "username", user, "password", pw).status();
    }

    private static int sessionsOf(App app, String username) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM user_session s "
                        + "JOIN app_user u ON u.id = s.user_id WHERE u.username = :u")
                .bind("u", username).mapTo(Integer.class).one());
    }

    @Test
    void aLockedOutAdminGetsBackInWithANewPassword() {
        try (App app = app()) {
            new TestClient(TestApp.url(app)).signUp("root", OLD);
            for (int i = 0; i < 6; i++) {
                logIn(app, "root", "wrong " + i);
            }
            assertThat(logIn(app, "root", OLD)).as("locked out").isEqualTo(429);
            assertThat(sessionsOf(app, "root")).as("signed in at sign-up").isPositive();
        }
        Run r = run(NEW + "\n", "--username", "Root", "--data-dir", tmp.resolve("data").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Password set for root").doesNotContain(NEW);
        try (App app = app()) {
            assertThat(sessionsOf(app, "root")).as("every session ended").isZero();
            assertThat(logIn(app, "root", OLD)).isEqualTo(401);
            assertThat(logIn(app, "root", NEW)).isEqualTo(303);
        }
    }

    @Test
    void anUnknownAccountOrAWeakPasswordChangesNothing() {
        try (App app = app()) {
            new TestClient(TestApp.url(app)).signUp("root", OLD);
        }
        Run unknown = run(NEW + "\n", "--username", "nobody", "--data-dir", tmp.resolve("data").toString());
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("no account 'nobody'");
        Run weak = run("short\n", "--username", "root", "--data-dir", tmp.resolve("data").toString());
        assertThat(weak.code()).isNotZero();
        assertThat(weak.err()).contains("nothing was changed");
        try (App app = app()) {
            assertThat(logIn(app, "root", OLD)).isEqualTo(303);
        }
    }

    @Test
    void theCommandIsListed() {
        StringWriter out = new StringWriter();
        Main.execute(new String[]{"--help"}, Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(out.toString()).contains("reset-password");
    }
}
