package dev.staffdrill.account;

import dev.staffdrill.App;
import dev.staffdrill.testing.FreshApps;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;

import java.math.BigDecimal;

/** What the account tests ask the app and its database: can this person log in, what is stored. */
final class Accounts {
    static final String PW = "correct horse battery";
    static final String PW2 = "a different long phrase";

    private Accounts() {
    }

    static boolean canLogIn(App app, String username, String password) {
        TestClient c = FreshApps.client(app);
        c.get("/login");
        return c.post("/login", "username", username, "password", password).status() == 303;
    }

    static BigDecimal multiplier(App app, String username) {
        return TestApp.query(app, BigDecimal.class, "SELECT time_multiplier FROM app_user WHERE username = ?", username);
    }

    static String role(App app, String username) {
        return TestApp.query(app, String.class, "SELECT role FROM app_user WHERE username = ?", username);
    }

    static long users(App app, String username) {
        return TestApp.query(app, Long.class, "SELECT COUNT(*) FROM app_user WHERE username = ?", username);
    }
}
