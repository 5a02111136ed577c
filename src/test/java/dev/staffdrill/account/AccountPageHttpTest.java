package dev.staffdrill.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.App;
import dev.staffdrill.testing.FreshApps;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static dev.staffdrill.account.Accounts.PW;
import static dev.staffdrill.account.Accounts.PW2;
import static dev.staffdrill.account.Accounts.canLogIn;
import static dev.staffdrill.account.Accounts.multiplier;
import static dev.staffdrill.account.Accounts.users;
import static dev.staffdrill.testing.FreshApps.client;
import static org.assertj.core.api.Assertions.assertThat;

/** The account page: password, extended time, export, delete; over HTTP against a fresh app per test. */
class AccountPageHttpTest {
    @RegisterExtension
    final FreshApps apps = new FreshApps();

    App start() {
        return apps.start();
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

    @Test
    void exportHoldsTheAccountButNoPasswordHash() throws Exception {
        App app = start();
        TestClient c = client(app).signUp("ada", PW);
        Page export = c.get("/account/export.json");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().get("Content-Disposition"))
                .matches("attachment; filename=\"staff-drill-export-\\d{4}-\\d{2}-\\d{2}\\.json\"");
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
}
