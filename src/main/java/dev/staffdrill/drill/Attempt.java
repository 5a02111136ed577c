package dev.staffdrill.drill;

import java.time.Duration;
import java.time.Instant;

/** One question within a drill, and everything the learner wrote for it. */
public record Attempt(long id, long drillId, long userId, int position, String questionId, String questionVersion,
                      Instant startedAt, Instant deadlineAt, String answer, int draftRevision, Instant draftSavedAt,
                      Instant submittedAt, String submitReason, Instant selfRatedAt) {

    public boolean started() {
        return startedAt != null;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Submitted with no text (skipped, or a question only glanced at when time ran out): never graded. */
    public boolean skipped() {
        return submitted() && answer.isBlank();
    }

    public boolean timed() {
        return deadlineAt != null;
    }

    public boolean rated() {
        return selfRatedAt != null;
    }

    /** Time the learner spent, from opening to submitting (or to now while open). */
    public Duration used(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = submittedAt != null ? submittedAt : now;
        return Duration.between(startedAt, end).isNegative() ? Duration.ZERO : Duration.between(startedAt, end);
    }
}
