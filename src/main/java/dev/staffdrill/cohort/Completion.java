package dev.staffdrill.cohort;

import java.time.Instant;

/** One member's drill for one assignment: how many questions, how many submitted, the last one when. */
public record Completion(long assignmentId, long userId, long drillId, int questions, int submitted,
                         Instant lastSubmittedAt) {

    public AssignmentStatus status(Assignment a) {
        return AssignmentStatus.of(a, true, questions, submitted, lastSubmittedAt);
    }

    /**
     * At least one answer came in after the due date ({@link Assignment#late}, the rule the learner
     * page and the CSV apply per answer), finished or not: the last submission is the latest one.
     */
    public boolean late(Assignment a) {
        return a.late(lastSubmittedAt);
    }
}
