package dev.staffdrill.cohort;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for the instructor's cohort templates, one per root template. */
public final class CohortPages {
    private CohortPages() {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** What every cohort page shows on top: name, join link, and the tabs. */
    public record Header(long id, String name, String joinCode, String joinUrl, String tab) {
        public boolean joinable() {
            return !joinCode.isEmpty();
        }
    }

    public record ListPage(Shell shell, List<ListRow> cohorts, String error) {
    }

    public record ListRow(long id, String name, int members, int assignments, boolean joinable) {
    }

    public record MembersPage(Shell shell, Header header, List<MemberRow> members) {
    }

    public record MemberRow(long userId, String name, String username, String joined, String completion) {
    }

    public record AssignmentsPage(Shell shell, Header header, List<AssignmentRow> assignments, List<Option> sets,
                                  String error, Draft draft) {
    }

    /**
     * The assign form's values: empty at first, the instructor's own when a past due date needs
     * their confirmation. {@code zone} is the time zone the due date is read in.
     */
    public record Draft(String title, String due, String minutes, String tz, String zone, boolean confirmPast) {
        public static Draft empty(String zone) {
            return new Draft("", "", "", "", zone, false);
        }
    }

    public record AssignmentRow(long id, String title, String setTitle, String due, String clock, int questions,
                                int done, int late, int members) {
    }
}
