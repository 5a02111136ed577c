package dev.staffdrill.review;

import dev.staffdrill.cohort.CohortPages;
import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for grade review: a learner's work, one attempt, and the needs-review queue. */
public final class ReviewPages {
    private ReviewPages() {
    }

    /** One submitted answer in a list; {@code levels} holds one label per rubric dimension ("" when not graded on it). */
    public record AttemptRow(long attemptId, String learner, long userId, String assignment, String question,
                             String submitted, boolean late, String grader, List<String> flags, List<Cell> levels,
                             boolean overridden) {
    }

    public record Cell(String dimension, String levelKey, String label) {
    }

    public record LearnerPage(Shell shell, CohortPages.Header header, String learner, String username,
                              List<String> dimensions, List<AttemptRow> attempts) {
    }

    public record QueuePage(Shell shell, CohortPages.Header header, List<String> dimensions, List<AttemptRow> attempts) {
    }

    /** The override form: one row per target dimension with the automatic and the current level. */
    public record AttemptPage(Shell shell, CohortPages.Header header, long attemptId, String learner, long userId,
                              String question, String chapter, String assignment, String submitted, boolean late,
                              String answer, gg.jte.Content gradePanel, String grader, List<String> flags, boolean graded,
                              boolean reviewed, List<DimensionRow> dimensions, List<HistoryRow> history,
                              List<CohortPages.Option> levels, List<dev.staffdrill.drill.DrillPages.TurnView> thread) {
    }

    public record DimensionRow(String id, String label, String autoLabel, String autoKey, String currentLabel,
                               String currentKey, String comment) {
    }

    public record HistoryRow(String dimension, String level, String comment, String by, String when) {
    }
}
