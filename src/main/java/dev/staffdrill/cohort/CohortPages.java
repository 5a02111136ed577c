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
                                  String error) {
    }

    public record AssignmentRow(long id, String title, String setTitle, String due, String clock, int questions,
                                int done, int late, int members) {
    }
}
