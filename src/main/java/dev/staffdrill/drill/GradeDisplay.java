package dev.staffdrill.drill;

import java.util.Map;

/** What the drill pages need from grading: the grade panel, and the current level per dimension. */
public interface GradeDisplay {
    /** HTML of the grade panel for a submitted attempt; it polls {@code pollUrl} while grading runs. */
    String panelHtml(long attemptId, String pollUrl);

    /** Dimension id → level label of the current grade (instructor overrides applied); empty if none yet. */
    Map<String, String> levels(long attemptId);

    /** Signal id → the quotes of the current grade that show it; empty before the first grade. */
    default Map<String, java.util.List<String>> signalQuotes(long attemptId) {
        return Map.of();
    }

    /** Whether grading again could give a different result; "Grade again" is offered only then. */
    default boolean regradeCanChange(long attemptId) {
        return true;
    }

    /** Asks for a fresh grade (e.g. after an LLM was configured); earlier grades stay in the history. */
    void regrade(long attemptId);

    /** An instructor's review of the attempt (overridden levels and comments) as HTML; empty when there is none. */
    default String reviewNotesHtml(long attemptId) {
        return "";
    }
}
