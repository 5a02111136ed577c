package dev.staffdrill.account;

import dev.staffdrill.web.Shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Page records for the account templates: one per root template. */
public final class AccountPages {
    private AccountPages() {
    }

    public record LoginPage(Shell shell, String username, String next, String error) {
        /** The link to the other form keeps where the visitor was going (e.g. an invite). */
        public String nextQuery() {
            return AccountPages.nextQuery(next);
        }
    }

    public record SignupPage(Shell shell, String username, String displayName, String error, boolean firstUser, String next) {
        public String nextQuery() {
            return AccountPages.nextQuery(next);
        }
    }

    static String nextQuery(String next) {
        return next == null || next.equals("/") ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    public record AccountPage(Shell shell, String username, String displayName, String role, String timeMultiplier,
                              List<String> multipliers, String error) {
    }

    public record AdminPage(Shell shell, List<UserRow> users, String contentStatus) {
    }

    public record UserRow(long id, String username, String displayName, String role, boolean self) {
    }
}
