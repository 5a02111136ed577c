package dev.staffdrill.drill;

import gg.jte.Content;

import java.util.Map;

/** What the drill pages need from grading: the grade panel, and the current level per dimension. */
public interface GradeDisplay {
    /** The grade panel for a submitted attempt, rendered by grading; it polls {@code pollUrl} while grading runs. */
    Content panel(long attemptId, String pollUrl);

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

    /** An instructor's review of the attempt (overridden levels and comments); empty when there is none. */
    default Content reviewNotes(long attemptId) {
        return dev.staffdrill.web.Views.NOTHING;
    }
}
