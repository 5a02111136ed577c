package dev.staffdrill.progress;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for the progress templates, one per root template. */
public final class ProgressPages {
    private ProgressPages() {
    }

    public record DashboardPage(Shell shell, String name, List<Scorecard.Row> dimensions, List<Gap> gaps,
                                String weakestDimension, List<Due> due, int dueMore, List<Pick> nextDrill,
                                List<RecentDrill> recentDrills, List<Assignment> assignments, Activity activity,
                                boolean hasGrades, long openGapDrill, List<Reviewed> reviewed,
                                List<Due> upcoming, int upcomingMore) {
        /** Assignments not yet done come first on the page: they have a deadline, the gap drill does not. */
        public List<Assignment> openAssignments() {
            return assignments.stream().filter(a -> !a.done()).toList();
        }

        public boolean firstVisit() {
            return recentDrills.isEmpty() && !hasGrades;
        }
    }

    public record Gap(String signal, String dimension, int present, int answers, int percent, long exampleMissing) {
    }

    /** A review that is due: {@code when} says how overdue; exercises can be started on their own. */
    /** A review due today or coming up; {@code skipped}: the learner skipped it, so it comes back soon. */
    public record Due(String questionId, String title, String chapter, String lastLevel, String when, boolean exercise,
                      boolean skipped) {
    }

    /** One question of the recommended gap drill and why it was chosen. */
    public record Pick(String title, String chapter, List<String> dimensions, String reason) {
    }

    public record RecentDrill(long id, String title, String when, String status, boolean unfinished) {
    }

    /** An answer an instructor reviewed; "new" until the learner opens their history. */
    public record Reviewed(long attemptId, String title, String when, boolean isNew) {
    }

    public record Assignment(String title, String due, String status, String startUrl, boolean done, boolean overdue) {
    }

    public record ProgressPage(Shell shell, Scorecard scorecard, List<String> columnTitles, List<SignalGroup> signals,
                               List<DimensionChart> charts, List<CalibrationRow> calibration, boolean hasGrades) {
    }

    public record SignalGroup(String dimension, List<SignalChecklist.Row> rows) {
    }

    /** One dimension's trend; a single answer is no trend, so {@code plotted} is false and only the summary shows. */
    public record DimensionChart(String dimension, String summary, Chart chart, boolean plotted) {
    }

    public record CalibrationRow(Calibration.Row row, String biasAll, String biasRecent, Chart chart) {
    }

    public record AttemptsPage(Shell shell, String heading, String cellText, String cellKey, List<AttemptRow> rows,
                               int total) {
    }

    public record AttemptRow(long attemptId, String when, String title, String chapter, String level, String levelKey,
                             boolean overridden, String weight) {
    }
}
