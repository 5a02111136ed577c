package dev.staffdrill.cohort;

import java.time.Instant;

/**
 * An exercise set assigned to a cohort. {@code dueAt} and {@code minutesPerQuestion} are optional
 * (null). Work submitted after the due date is accepted and counted late. {@code probesPerQuestion}:
 * interviewer follow-ups after each answer (0: none).
 */
public record Assignment(long id, long cohortId, String setId, String title, Instant dueAt,
                         Integer minutesPerQuestion, Instant createdAt, int probesPerQuestion) {

    public boolean late(Instant submittedAt) {
        return dueAt != null && submittedAt != null && submittedAt.isAfter(dueAt);
    }
}
