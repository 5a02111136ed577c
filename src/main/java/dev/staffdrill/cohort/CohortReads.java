package dev.staffdrill.cohort;

import java.util.List;
import java.util.Optional;

/**
 * What review and progress read of cohorts: members, assignments and who completed what. Read-only;
 * a caller has already checked that the instructor owns the cohort (review's pages go through
 * {@link CohortAccess}) or asks for the learner's own assignments.
 */
public final class CohortReads {
    private final CohortRepository cohorts;
    private final AssignmentRepository assignments;
    private final CompletionRepository completions;

    CohortReads(CohortRepository cohorts, AssignmentRepository assignments, CompletionRepository completions) {
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.completions = completions;
    }

    /** The ownership check review's pages begin with: a cohort the signed-in instructor owns, or 404. */
    public CohortAccess access() {
        return new CohortAccess(cohorts);
    }

    public List<Member> members(long cohortId) {
        return cohorts.members(cohortId);
    }

    public Optional<Member> member(long cohortId, long userId) {
        return cohorts.member(cohortId, userId);
    }

    public List<Assignment> assignments(long cohortId) {
        return assignments.forCohort(cohortId);
    }

    /** One assignment, only if it belongs to that cohort. */
    public Optional<Assignment> assignment(long assignmentId, long cohortId) {
        return assignments.inCohort(assignmentId, cohortId);
    }

    public List<Completion> completions(long cohortId) {
        return completions.forCohort(cohortId);
    }

    /** A learner's assignments across every cohort they belong to. */
    public List<LearnerAssignment> assignmentsOf(long userId) {
        return assignments.forLearner(userId);
    }
}
