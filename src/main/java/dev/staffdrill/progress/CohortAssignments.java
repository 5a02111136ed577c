package dev.staffdrill.progress;

import dev.staffdrill.cohort.CohortReads;

import java.util.List;

/** The learner dashboard's assignments list (progress asks; cohorts answer). */
public final class CohortAssignments implements AssignmentsSource {
    private final CohortReads assignments;

    public CohortAssignments(CohortReads assignments) {
        this.assignments = assignments;
    }

    /** Every assignment of the learner's cohorts; "start" goes to the assignments page, "continue" to the drill. */
    @Override
    public List<AssignmentSummary> forLearner(long userId) {
        return assignments.assignmentsOf(userId).stream().map(la -> new AssignmentSummary(la.assignment().title(),
                la.assignment().dueAt(), la.status().label(),
                la.drillId() == null ? "/assignments" : "/drills/" + la.drillId(), la.status().done())).toList();
    }
}
