package dev.staffdrill.account;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for the account templates: one per root template. */
public final class AccountPages {
    private AccountPages() {
    }

    public record LoginPage(Shell shell, String username, String next, String error) {
    }

    public record SignupPage(Shell shell, String username, String displayName, String error, boolean firstUser) {
    }

    public record AccountPage(Shell shell, String username, String displayName, String role, String timeMultiplier,
                              List<String> multipliers, String error) {
    }

    public record AdminPage(Shell shell, List<UserRow> users, String contentStatus) {
    }

    public record UserRow(long id, String username, String displayName, String role, boolean self) {
    }
}
