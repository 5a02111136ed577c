package dev.staffdrill.cohort;

import java.time.Instant;

/** Where a learner stands on one assignment. */
public enum AssignmentStatus {
    NOT_STARTED("not started"),
    IN_PROGRESS("in progress"),
    SUBMITTED("submitted"),
    LATE("submitted late");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * From the learner's drill for the assignment: no drill yet is "not started"; every question
     * submitted is "submitted", or "late" when the last one came in after the due date.
     */
    public static AssignmentStatus of(Assignment a, boolean started, int questions, int submitted,
                                      Instant lastSubmittedAt) {
        if (!started) {
            return NOT_STARTED;
        }
        if (questions == 0 || submitted < questions) {
            return IN_PROGRESS;
        }
        return a.late(lastSubmittedAt) ? LATE : SUBMITTED;
    }

    public boolean done() {
        return this == SUBMITTED || this == LATE;
    }
}
