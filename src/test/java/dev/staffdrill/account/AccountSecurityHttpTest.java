package dev.staffdrill.account;

import dev.staffdrill.App;
import dev.staffdrill.testing.FreshApps;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static dev.staffdrill.account.Accounts.PW;
import static dev.staffdrill.account.Accounts.canLogIn;
import static dev.staffdrill.account.Accounts.multiplier;
import static dev.staffdrill.testing.FreshApps.client;
import static org.assertj.core.api.Assertions.assertThat;

/** CSRF, throttling, session life and cookie flags, over HTTP against a fresh app per test. */
class AccountSecurityHttpTest {
    static final String LOCKED = "Too many failed log-ins from here. Wait 15 minutes and try again";
    @RegisterExtension
    final FreshApps apps = new FreshApps();

    App start(String... flags) {
        return apps.start(flags);
    }

    @Test
    void stateChangeWithoutTheRightCsrfTokenIs403AndChangesNothing() {
        App app = start();
        TestClient other = client(app).signUp("eve", PW);
        String othersToken = other.csrf();
        TestClient c = client(app).signUp("ada", PW);
        c.get("/account");
        assertThat(c.postWithoutCsrf("/account/accommodation", "timeMultiplier", "2.00").status()).isEqualTo(403);
        assertThat(c.post("/account/accommodation", "timeMultiplier", "2.00", "_csrf", "forged").status()).isEqualTo(403);
        assertThat(c.post("/account/accommodation", "timeMultiplier", "2.00", "_csrf", othersToken).status()).isEqualTo(403);
        assertThat(c.postAsHtmx("/account/accommodation", "forged", "timeMultiplier", "2.00").status()).isEqualTo(403);
        assertThat(multiplier(app, "ada")).isEqualByComparingTo("1.00");
        Page forbidden = c.postWithoutCsrf("/account/delete", "confirm", "DELETE");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("CSRF check failed", "nothing was changed");
        assertThat(c.postWithoutCsrf("/logout").status()).isEqualTo(403);
        assertThat(c.get("/account").status()).as("still signed in, still there").isEqualTo(200);

        // The same requests with the right token, in a form field or the htmx header, go through.
        assertThat(c.postAsHtmx("/account/accommodation", c.csrf(), "timeMultiplier", "1.25").status()).isEqualTo(302);
        assertThat(multiplier(app, "ada")).isEqualByComparingTo("1.25");
    }

    @Test
    void anonymousFormsNeedTheirTokenToo() {
        App app = start();
        TestClient c = client(app);
        assertThat(c.postWithoutCsrf("/signup", "username", "ada", "displayName", "Ada", "password", PW).status())
                .isEqualTo(403);
        c.get("/signup");
        assertThat(c.post("/signup", "username", "ada", "displayName", "Ada", "password", PW, "_csrf", "forged").status())
                .isEqualTo(403);
        assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM app_user")).isZero();
        assertThat(c.postWithoutCsrf("/login", "username", "ada", "password", PW).status()).isEqualTo(403);
        assertThat(c.post("/signup", "username", "ada", "displayName", "Ada", "password", PW).status()).isEqualTo(302);
    }

    @Test
    void fiveFailuresLockTheAccountOutEvenForTheRightPassword() {
        App app = start();
        client(app).signUp("ada", PW);
        TestClient c = client(app);
        c.get("/login");
        for (int i = 0; i < 5; i++) {
            assertThat(c.post("/login", "username", "ada", "password", "wrong guess " + i).status()).isEqualTo(401);
        }
        Page locked = c.post("/login", "username", "ada", "password", PW);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains(LOCKED);
        assertThat(locked.headers().values("Set-Cookie")).noneMatch(h -> h.startsWith(Auth.SESSION_COOKIE + "="));
    }

    @Test
    void aNameWithNoAccountLocksOutTheSameWay() {
        App app = start();
        TestClient c = client(app);
        c.get("/login");
        for (int i = 0; i < 5; i++) {
            assertThat(c.post("/login", "username", "ghost", "password", "wrong guess " + i).status()).isEqualTo(401);
        }
        Page locked = c.post("/login", "username", "ghost", "password", "wrong guess");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains(LOCKED);
    }

    @Test
    void aSuccessfulLogInResetsTheCount() {
        App app = start();
        client(app).signUp("ada", PW);
        TestClient c = client(app);
        c.get("/login");
        for (int i = 0; i < 4; i++) {
            c.post("/login", "username", "ada", "password", "wrong guess " + i);
        }
        assertThat(canLogIn(app, "ada", PW)).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(c.post("/login", "username", "ada", "password", "wrong again " + i).status()).isEqualTo(401);
        }
        assertThat(canLogIn(app, "ada", PW)).as("8 failures in all, but only 4 since the success").isTrue();
    }

    @Test
    void manyNamesFromOneAddressLockThatAddressOut() {
        App app = start();
        client(app).signUp("ada", PW);
        TestClient c = client(app);
        c.get("/login");
        for (int i = 0; i < 20; i++) {
            assertThat(c.post("/login", "username", "spray" + i, "password", "guess").status()).isEqualTo(401);
        }
        Page locked = c.post("/login", "username", "ada", "password", PW);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains(LOCKED);
    }

    @Test
    void aSessionSurvivesARestart() {
        Path data = apps.dir().resolve("kept");
        App first = apps.start(data);
        TestClient before = client(first).signUp("ada", PW);
        first.close();

        App second = apps.start(data);
        TestClient after = client(second);
        after.cookies().putAll(before.cookies());
        Page account = after.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("User ada");
        assertThat(after.post("/account/accommodation", "timeMultiplier", "1.25").status()).isEqualTo(302);
        assertThat(multiplier(second, "ada")).isEqualByComparingTo("1.25");
    }

    @Test
    void logInRotatesTheSessionAndItsCsrfToken() {
        App app = start();
        TestClient c = client(app).signUp("ada", PW);
        String before = c.cookies().get(Auth.SESSION_COOKIE).value();
        String csrfBefore = c.csrf();
        TestClient stolen = client(app);
        stolen.cookies().putAll(c.cookies());

        c.logIn("ada", PW);
        assertThat(c.cookies().get(Auth.SESSION_COOKIE).value()).isNotEqualTo(before);
        assertThat(c.csrf()).isNotEqualTo(csrfBefore);
        assertThat(c.get("/account").status()).isEqualTo(200);
        assertThat(stolen.get("/account").status()).as("the pre-login session id is dead").isEqualTo(303);
    }

    @Test
    void anIdleSessionEnds() {
        App app = start("--session-idle-minutes", "1");
        TestClient c = client(app).signUp("ada", PW);
        assertThat(c.get("/account").status()).isEqualTo(200);
        // Instead of waiting a minute: the session was last seen 2 minutes ago.
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE user_session SET last_seen_at = :t")
                .bind("t", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2)).execute());
        Page expired = c.get("/account");
        assertThat(expired.status()).isEqualTo(303);
        assertThat(expired.location()).startsWith("/login");
        assertThat(TestApp.query(app, Long.class, "SELECT COUNT(*) FROM user_session")).isZero();
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxAndSecureWhenAsked() {
        App plain = start();
        String cookie = sessionCookieFromSignUp(plain);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        App https = start("--secure-cookies");
        assertThat(sessionCookieFromSignUp(https)).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
    }

    private static String sessionCookieFromSignUp(App app) {
        TestClient c = client(app);
        c.get("/signup");
        Page p = c.post("/signup", "username", "ada", "displayName", "Ada", "password", PW);
        return p.headers().values("Set-Cookie").stream().filter(h -> h.startsWith(Auth.SESSION_COOKIE + "="))
                .findFirst().orElseThrow();
    }
}
