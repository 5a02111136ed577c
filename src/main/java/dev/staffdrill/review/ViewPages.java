package dev.staffdrill.review;

import dev.staffdrill.cohort.CohortPages;
import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for the cohort overview: heatmap, missing signals, completion, per-question results. */
public final class ViewPages {
    private ViewPages() {
    }

    public record OverviewPage(Shell shell, CohortPages.Header header, List<CohortPages.Option> assignments,
                               List<CohortPages.Option> sorts, List<String> dimensions, List<String> dimensionLabels,
                               List<HeatRow> heatmap, List<SignalRow> signals, List<AssignmentProgress> progress,
                               List<QuestionRow> questions, int flagged, String scope) {
    }

    /** {@code levelKey} is a CSS class (weak, moderate, strong, not-addressed) or "none" without data. */
    public record HeatCell(String dimension, String levelKey, String label, int n) {
    }

    public record HeatRow(long userId, String name, List<HeatCell> cells, int done, int assigned) {
    }

    public record SignalRow(String name, String dimension, int missing, int of, int percent) {
    }

    public record AssignmentProgress(long id, String title, String due, int done, int late, int started, int members) {
    }

    public record QuestionRow(long assignmentId, String assignment, String questionId, String title, int submitted,
                              int graded, int flagged, List<QuestionCell> cells) {
    }

    /** The typical level of a question on one dimension, with the spread behind it ("1 W · 3 M · 1 S"). */
    public record QuestionCell(String dimension, String levelKey, String label, String spread) {
    }
}
