package dev.staffdrill.cohort;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for the learner's side of cohorts: joining, and their assignments. */
public final class LearnerPages {
    private LearnerPages() {
    }

    public record JoinPage(Shell shell, String code, String cohortName, String instructorName, boolean alreadyMember) {
    }

    /** {@code cohorts}: the names of the cohorts the learner is in, so joining visibly did something. */
    public record AssignmentsPage(Shell shell, List<Row> assignments, List<String> cohorts) {
    }

    /** A replaced, closed or mistyped invite: say so in words, not a bare 404. */
    public record InviteGonePage(Shell shell) {
    }

    /** {@code drillUrl} is empty until the learner starts; then "continue" goes there. */
    public record Row(long id, String title, String cohortName, String due, String status, String statusKey,
                      boolean overdue, String progress, String drillUrl) {
    }
}
