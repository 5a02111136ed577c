package dev.staffdrill.account;

import dev.staffdrill.App;
import dev.staffdrill.testing.FreshApps;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.staffdrill.account.Accounts.PW;
import static dev.staffdrill.account.Accounts.PW2;
import static dev.staffdrill.account.Accounts.role;
import static dev.staffdrill.testing.FreshApps.client;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, log-in, roles and local mode, over HTTP against a fresh app per test. */
class AccountHttpTest {
    @RegisterExtension
    final FreshApps apps = new FreshApps();

    App start(String... flags) {
        return apps.start(flags);
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
        assertThat(second.get("/").body()).contains("Your account is ready.", "Welcome, Bob").doesNotContain("Welcome back").doesNotContain("you are the admin");
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

    @Test
    void localModeSignsInTheLocalLearnerWithoutAPassword() {
        App app = start("--local-mode");
        TestClient c = client(app);
        Page home = c.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Local learner", "href=\"/drills\"").doesNotContain("href=\"/login\"");
        Page account = c.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).doesNotContain("Change password"); // there is no password in local mode
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
