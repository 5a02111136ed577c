package dev.staffdrill.drill;

import java.time.Instant;

/** A practice session: an ordered run of attempts in one mode. */
public record Drill(long id, long userId, DrillMode mode, boolean timed, String title, String setId,
                    Long assignmentId, Instant createdAt, Instant finishedAt) {
}
