package dev.staffdrill.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.App;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, log-in, the account page and the admin page, over HTTP against a fresh app per test. */
class AccountHttpTest {
    static final String PW = "correct horse battery";
    static final String PW2 = "a different long phrase";
    @TempDir
    Path tmp;
    final List<App> apps = new ArrayList<>();

    App start(String... flags) {
        App app = TestApp.start(TestApp.config(tmp.resolve("data" + apps.size()), content(), flags));
        apps.add(app);
        return app;
    }

    Path content() {
        Path c = tmp.resolve("content");
        return java.nio.file.Files.isDirectory(c) ? c : Fixtures.content(c);
    }

    @AfterEach
    void stop() {
        apps.forEach(App::close);
    }

    static TestClient client(App app) {
        return new TestClient(TestApp.url(app));
    }

    @Test
    void firstAccountBecomesAdminAndIsToldSoTheSecondIsALearner() {
        App app = start();
        TestClient first = client(app);
        assertThat(first.get("/signup").body()).contains("first account on this server: it becomes the admin");
        Page created = first.post("/signup", "username", "Ada@Example.com", "displayName", "Ada", "password", PW);
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).isEqualTo("/");
        assertThat(first.get("/").body()).contains("you are the admin", "Ada");
        assertThat(first.get("/admin").status()).isEqualTo(200);
        assertThat(TestApp.query(app, String.class, "SELECT role FROM app_user WHERE username = ?", "ada@example.com"))
                .isEqualTo("ADMIN");

        TestClient second = client(app);
        assertThat(second.get("/signup").body()).doesNotContain("becomes the admin");
        second.post("/signup", "username", "bob", "displayName", "Bob", "password", PW);
        assertThat(second.get("/").body()).contains("Welcome to Staff Drill!").doesNotContain("you are the admin");
        assertThat(second.get("/admin").status()).isEqualTo(404);
        assertThat(TestApp.query(app, String.class, "SELECT role FROM app_user WHERE username = ?", "bob"))
                .isEqualTo("LEARNER");
    }

    @Test
    void signUpRefusesWeakPasswordsAndTakenNames() {
        App app = start();
        client(app).signUp("ada", PW);
        TestClient c = client(app);
        c.get("/signup");
        assertThat(c.post("/signup", "username", "eve", "displayName", "Eve", "password", "short").body())
                .contains("at least 10 characters");
        assertThat(c.post("/signup", "username", "eve", "displayName", "Eve", "password", "password123").body())
                .contains("too easy to guess");
        Page taken = c.post("/signup", "username", "ADA", "displayName", "Ada 2", "password", PW2);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("taken");
        assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM app_user")).isEqualTo(1L);
    }

    @Test
    void logOutThenLogInReturnsToThePageAsked() {
        App app = start();
        TestClient c = client(app).signUp("ada", PW);
        assertThat(c.get("/account").status()).isEqualTo(200);
        Page out = c.post("/logout");
        assertThat(out.status()).isEqualTo(302);
        assertThat(c.cookies()).doesNotContainKey(Auth.SESSION_COOKIE);
        Page bounced = c.get("/account");
        assertThat(bounced.status()).isEqualTo(303);
        assertThat(bounced.location()).isEqualTo("/login?next=%2Faccount");

        assertThat(c.get("/login?next=/account").body()).contains("name=\"next\" value=\"/account\"");
        Page in = c.post("/login", "username", "ada", "password", PW, "next", "/account");
        assertThat(in.status()).isEqualTo(303);
        assertThat(in.location()).isEqualTo("/account");
        assertThat(c.get("/account").body()).contains("User ada");
    }

    @Test
    void logInNeverRedirectsOffSite() {
        App app = start();
        client(app).signUp("ada", PW);
        for (String next : new String[]{"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            TestClient c = client(app);
            c.get("/login");
            assertThat(c.post("/login", "username", "ada", "password", PW, "next", next).location()).isEqualTo("/");
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        App app = start();
        client(app).signUp("ada@example.com", PW);
        TestClient c = client(app);
        c.get("/login");
        Page wrong = c.post("/login", "username", "ada@example.com", "password", "not the password");
        Page unknown = c.post("/login", "username", "zed@example.com", "password", "not the password");
        assertThat(wrong.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("That email/username and password do not match.");
        // Byte for byte the same page, apart from the name echoed back into the form.
        assertThat(wrong.body().replace("ada@example.com", "NAME"))
                .isEqualTo(unknown.body().replace("zed@example.com", "NAME"));
    }

    @Test
    void changePasswordNeedsTheCurrentOneAndLogsOutOtherDevices() {
        App app = start();
        TestClient c = client(app).signUp("ada", PW);
        TestClient laptop = client(app).logIn("ada", PW);
        c.get("/account");
        Page refused = c.post("/account/password", "current", "not the password", "password", PW2);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("nothing was changed");
        assertThat(canLogIn(app, "ada", PW)).isTrue();
        assertThat(canLogIn(app, "ada", PW2)).isFalse();

        Page weak = c.post("/account/password", "current", PW, "password", "short");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(canLogIn(app, "ada", PW)).isTrue();

        Page changed = c.post("/account/password", "current", PW, "password", PW2);
        assertThat(changed.status()).isEqualTo(302);
        assertThat(canLogIn(app, "ada", PW)).isFalse();
        assertThat(canLogIn(app, "ada", PW2)).isTrue();
        assertThat(c.get("/account").status()).isEqualTo(200);
        assertThat(laptop.get("/account").status()).isEqualTo(303);
    }

    static boolean canLogIn(App app, String username, String password) {
        TestClient c = client(app);
        c.get("/login");
        return c.post("/login", "username", username, "password", password).status() == 303;
    }

    @Test
    void extendedTimeIsSaved() {
        App app = start();
        TestClient c = client(app).signUp("ada", PW);
        c.get("/account");
        assertThat(c.post("/account/accommodation", "timeMultiplier", "1.50").status()).isEqualTo(302);
        assertThat(multiplier(app, "ada")).isEqualByComparingTo("1.50");
        assertThat(c.get("/account").body()).contains("value=\"1.50\" selected").doesNotContain("value=\"1.00\" selected");
        assertThat(c.post("/account/accommodation", "timeMultiplier", "9.00").status()).isEqualTo(400);
        assertThat(multiplier(app, "ada")).isEqualByComparingTo("1.50");
    }

    static BigDecimal multiplier(App app, String username) {
        return TestApp.query(app, BigDecimal.class, "SELECT time_multiplier FROM app_user WHERE username = ?", username);
    }

    @Test
    void exportHoldsTheAccountButNoPasswordHash() throws Exception {
        App app = start();
        TestClient c = client(app).signUp("ada", PW);
        Page export = c.get("/account/export.json");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().get("Content-Disposition")).startsWith("attachment");
        JsonNode json = new ObjectMapper().readTree(export.body());
        assertThat(json.path("account").path("username").asText()).isEqualTo("ada");
        assertThat(json.path("account").path("displayName").asText()).isEqualTo("User ada");
        assertThat(json.path("account").path("role").asText()).isEqualTo("ADMIN");
        assertThat(export.body()).doesNotContain("argon2", PW);
    }

    @Test
    void deleteNeedsConfirmationThenRemovesTheUserAndLogsOut() {
        App app = start();
        client(app).signUp("admin", PW);
        TestClient c = client(app).signUp("ada", PW);
        c.get("/account");
        Page unconfirmed = c.post("/account/delete", "confirm", "yes");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(users(app, "ada")).isEqualTo(1L);

        Page deleted = c.post("/account/delete", "confirm", "DELETE");
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(users(app, "ada")).isZero();
        assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM user_session s JOIN app_user u "
                + "ON u.id = s.user_id WHERE u.username = 'admin'")).isEqualTo(1L); // others untouched
        assertThat(c.cookies()).doesNotContainKey(Auth.SESSION_COOKIE);
        assertThat(c.get("/account").status()).isEqualTo(303);
        assertThat(canLogIn(app, "ada", PW)).isFalse();
    }

    static long users(App app, String username) {
        return TestApp.query(app, Long.class, "SELECT COUNT(*) FROM app_user WHERE username = ?", username);
    }

    @Test
    void adminPromotesALearnerToInstructorAndNobodyElseCan() {
        App app = start();
        TestClient admin = client(app).signUp("root", PW);
        TestClient ada = client(app).signUp("ada", PW);
        TestClient bob = client(app).signUp("bob", PW);
        long adaId = TestApp.query(app, Long.class, "SELECT id FROM app_user WHERE username = 'ada'");
        long rootId = TestApp.query(app, Long.class, "SELECT id FROM app_user WHERE username = 'root'");

        assertThat(admin.get("/admin").body()).contains("User ada", "/admin/users/" + adaId + "/role");
        Page promoted = admin.post("/admin/users/" + adaId + "/role", "role", "INSTRUCTOR");
        assertThat(promoted.status()).isEqualTo(302);
        assertThat(role(app, "ada")).isEqualTo("INSTRUCTOR");
        assertThat(ada.get("/").body()).contains("href=\"/cohorts\"");
        assertThat(ada.get("/account").body()).contains("instructor");

        // Neither a learner nor an instructor sees the admin page or can change roles: 404, no change.
        for (TestClient notAdmin : List.of(bob, ada)) {
            assertThat(notAdmin.get("/admin").status()).isEqualTo(404);
            notAdmin.get("/account");
            assertThat(notAdmin.post("/admin/users/" + rootId + "/role", "role", "LEARNER").status()).isEqualTo(404);
        }
        bob.get("/account");
        assertThat(bob.post("/admin/users/" + adaId + "/role", "role", "LEARNER").status()).isEqualTo(404);
        assertThat(role(app, "root")).isEqualTo("ADMIN");
        assertThat(role(app, "ada")).isEqualTo("INSTRUCTOR");
    }

    static String role(App app, String username) {
        return TestApp.query(app, String.class, "SELECT role FROM app_user WHERE username = ?", username);
    }

    @Test
    void localModeSignsInTheLocalLearnerWithoutAPassword() {
        App app = start("--local-mode");
        TestClient c = client(app);
        Page home = c.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Local learner", "href=\"/drills\"").doesNotContain("href=\"/login\"");
        assertThat(c.get("/account").status()).isEqualTo(200);
        c.get("/");
        assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM user_session")).isEqualTo(1L);
        assertThat(TestApp.query(app, Long.class,
                "SELECT COUNT(*) FROM app_user WHERE username = 'local-learner' AND password_hash IS NULL")).isEqualTo(1L);
        Page change = c.post("/account/password", "current", "", "password", PW);
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.body()).contains("no password to change");
    }

    @Test
    void withoutLocalModeNobodyIsSignedInAutomatically() {
        App app = start();
        Page home = client(app).get("/");
        assertThat(home.body()).contains("href=\"/login\"").doesNotContain("Local learner");
        assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM app_user")).isZero();
    }
}
