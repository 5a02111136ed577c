package dev.staffdrill.account;

import dev.staffdrill.web.Shell;

/** Page records for password recovery: one per root template. */
public final class ResetPages {
    private ResetPages() {
    }

    /** The admin's one look at a fresh link; {@code link} is empty after that. */
    public record ResetLinkPage(Shell shell, String displayName, String username, String link, long validHours) {
    }

    /** The learner's form behind the link; {@code valid} false when the link is used, replaced or expired. */
    public record ResetPage(Shell shell, boolean valid, String token, String username, String error) {
    }
}
