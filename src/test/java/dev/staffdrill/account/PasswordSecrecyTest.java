package dev.staffdrill.account;

import dev.staffdrill.App;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A password never reaches the log, the database or its file in clear. */
class PasswordSecrecyTest {
    // Distinctive, so a hit cannot be a coincidence; each used in a different place.
    static final String SIGNUP_PW = "Zebra-Quartz-Signup-7731";
    static final String WRONG_PW = "Zebra-Quartz-Wrong-4410";
    static final String NEW_PW = "Zebra-Quartz-Changed-9052";
    static final String REFUSED_PW = "Zebra-Quartz-Refused-1187";
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures().lazily(); // started once the output is captured

    @Test
    void passwordsAreNeitherLoggedNorStoredInClear() throws Exception {
        Path data = server.dir().resolve("data");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        App app = null;
        try {
            System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
            app = server.app();
            TestClient c = server.client();
            c.get("/signup");
            c.post("/signup", "username", "ada", "displayName", "Ada", "password", "ada"); // refused: too short
            c.signUp("ada", SIGNUP_PW);
            c.post("/logout");
            c.get("/login");
            c.post("/login", "username", "ada", "password", WRONG_PW);
            c.post("/login", "username", "nobody", "password", WRONG_PW);
            c.logIn("ada", SIGNUP_PW);
            c.get("/account");
            c.post("/account/password", "current", SIGNUP_PW, "password", NEW_PW);
            c.post("/account/password", "current", NEW_PW, "password", "password123");
            c.post("/account/password", "current", WRONG_PW, "password", REFUSED_PW);
            waitForLogLine(captured, "path=/account/password status=400");

            String log = captured.toString(StandardCharsets.UTF_8);
            assertThat(log).as("the request log was captured").contains("path=/signup", "path=/login status=401");
            assertThat(log).doesNotContain(SIGNUP_PW, WRONG_PW, NEW_PW, REFUSED_PW);

            List<String> cells = everyStoredValue(app);
            assertThat(cells).as("the tables were read").anyMatch(v -> v.startsWith("$argon2id$"));
            assertThat(cells).noneMatch(v -> v.contains(SIGNUP_PW) || v.contains(WRONG_PW) || v.contains(NEW_PW)
                    || v.contains(REFUSED_PW));
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (app != null) {
                app.close();
            }
        }
        // And not in the database file's bytes either (old pages, undo data, anything): H2's file;
        // PostgreSQL's files belong to its server, outside the data dir.
        if (dev.staffdrill.testing.TestDatabase.onPostgres()) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(SIGNUP_PW, WRONG_PW, NEW_PW, REFUSED_PW);
            }
        }
    }

    /** Every value in every table of the app's schema, as text. */
    private static List<String> everyStoredValue(App app) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection con = app.database().dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            // H2 keeps unquoted names upper-case in schema PUBLIC, PostgreSQL lower-case in public.
            try (ResultSet rs = con.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            assertThat(tables.stream().map(String::toLowerCase)).contains("app_user", "user_session", "login_failure");
            for (String table : tables) {
                try (var st = con.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                values.add(v);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The request log line is written after the response is sent; wait for the last one. */
    private static void waitForLogLine(ByteArrayOutputStream captured, String line) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (!captured.toString(StandardCharsets.UTF_8).contains(line) && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
    }

    /** Writes to the original stream (so the surefire report keeps the log) and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws java.io.IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
        }
    }
}
