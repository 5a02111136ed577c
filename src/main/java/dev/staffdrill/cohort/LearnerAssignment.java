package dev.staffdrill.cohort;

import org.jdbi.v3.core.mapper.Nested;

import java.time.Instant;

/** One assignment as a learner sees it: where it comes from and how far they are. */
public record LearnerAssignment(@Nested Assignment assignment, String cohortName, Long drillId, int questions, int submitted,
                                Instant lastSubmittedAt) {

    public AssignmentStatus status() {
        return AssignmentStatus.of(assignment, drillId != null, questions, submitted, lastSubmittedAt);
    }
}
