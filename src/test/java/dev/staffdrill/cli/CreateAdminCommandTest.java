package dev.staffdrill.cli;

import dev.staffdrill.App;
import dev.staffdrill.Main;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CreateAdminCommandTest {
    static final String PW = "admin pass phrase 42";
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** Through picocli with a given stdin, as Main wires it with System.in. */
    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext cli = new CliContext(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        int code = new CommandLine(new CreateAdminCommand(cli,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))).execute(onTestDatabase(args));
        return new Run(code, out.toString(), err.toString());
    }

    /** The command on the same database the test app uses (its PostgreSQL database in that tier). */
    private String[] onTestDatabase(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(TestDatabase.flags(tmp.resolve("data")));
        return all.toArray(String[]::new);
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    private App app() {
        Path content = tmp.resolve("content");
        return TestApp.start(TestApp.config(tmp.resolve("data"), Files.isDirectory(content) ? content : Fixtures.content(content)));
    }

    @Test
    void createsAnAdminWhoCanLogInAndSeeTheAdminPage() throws IOException {
        Path pwFile = Files.writeString(tmp.resolve("pw.txt"), PW + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(onTestDatabase("create-admin", "--username", "Root@Example.com", "--name", "Root",
                "--password-file", pwFile.toString(), "--data-dir", data()), Map.of(), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created admin root@example.com").doesNotContain(PW);
        try (App app = app()) {
            TestClient c = new TestClient(TestApp.url(app)).logIn("root@example.com", PW);
            assertThat(c.get("/admin").status()).isEqualTo(200);
        }
    }

    @Test
    void readsThePasswordFromStdinAndIsAdminEvenWhenNotFirst() {
        try (App app = app()) {
            new TestClient(TestApp.url(app)).signUp("first", "first user phrase");
        }
        Run r = run(PW + "\n", "--username", "ops", "--name", "Ops", "--data-dir", data());
        assertThat(r.code()).as(r.err()).isZero();
        try (App app = app()) {
            assertThat(TestApp.query(app, String.class, "SELECT role FROM app_user WHERE username = 'ops'")).isEqualTo("ADMIN");
            assertThat(TestApp.query(app, String.class, "SELECT password_hash FROM app_user WHERE username = 'ops'"))
                    .startsWith("$argon2id$");
        }
    }

    @Test
    void promotesAnExistingUserAndKeepsTheirPassword() {
        try (App app = app()) {
            new TestClient(TestApp.url(app)).signUp("first", "first user phrase");
            new TestClient(TestApp.url(app)).signUp("ada", "ada's own phrase");
        }
        Run r = run("", "--username", "ADA", "--data-dir", data());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ada already exists and is now an admin");
        try (App app = app()) {
            TestClient ada = new TestClient(TestApp.url(app)).logIn("ada", "ada's own phrase");
            assertThat(ada.get("/admin").status()).isEqualTo(200);
        }
    }

    @Test
    void refusesWeakOrMissingPasswordsAndBadNamesWithoutCreatingAnything() {
        Run weak = run("password123\n", "--username", "root", "--name", "Root", "--data-dir", data());
        assertThat(weak.code()).isEqualTo(2);
        assertThat(weak.err()).contains("password refused", "too easy to guess", "no account was created");
        Run none = run("", "--username", "root", "--name", "Root", "--data-dir", data());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("at least 10 characters");
        Run noName = run(PW + "\n", "--username", "root", "--data-dir", data());
        assertThat(noName.code()).isEqualTo(2);
        assertThat(noName.err()).contains("--name");
        Run badUser = run(PW + "\n", "--username", "a b", "--name", "Root", "--data-dir", data());
        assertThat(badUser.code()).isEqualTo(2);
        try (App app = app()) {
            assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM app_user")).isZero();
        }
    }

    @Test
    void missingPasswordFileIsOneLine() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[]{"create-admin", "--username", "root", "--name", "Root",
                "--password-file", tmp.resolve("nope.txt").toString(), "--data-dir", data()}, Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("cannot read --password-file").doesNotContain("\tat ");
    }

    @Test
    void helpListsTheCommand() {
        StringWriter out = new StringWriter();
        assertThat(Main.execute(new String[]{"--help"}, Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(out.toString()).contains("create-admin");
        StringWriter own = new StringWriter();
        Main.execute(new String[]{"create-admin", "--help"}, Map.of(), new PrintWriter(own), new PrintWriter(new StringWriter()));
        assertThat(own.toString()).contains("--username", "--password-file", "stdin");
    }
}
