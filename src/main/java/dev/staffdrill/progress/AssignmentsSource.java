package dev.staffdrill.progress;

import java.time.Instant;
import java.util.List;

/** The learner's cohort assignments, for the dashboard; the cohorts feature provides the real one. */
public interface AssignmentsSource {
    List<AssignmentSummary> forLearner(long userId);

    /** Nobody has assignments (until cohorts are wired). */
    AssignmentsSource NONE = userId -> List.of();

    /**
     * One assignment as the dashboard shows it. {@code due} is null when there is no due date;
     * {@code startUrl} is a page reachable with GET (it may hold the start form itself); {@code done}: submitted
     * (on time or late), so nothing is left to do.
     */
    record AssignmentSummary(String title, Instant due, String status, String startUrl, boolean done) {
    }
}
