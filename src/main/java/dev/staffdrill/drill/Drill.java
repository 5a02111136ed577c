package dev.staffdrill.drill;

import java.time.Instant;

/**
 * A practice session: an ordered run of attempts in one mode. {@code probesPerQuestion}: how many
 * follow-up probes the interviewer may ask after each answer (0: none).
 */
public record Drill(long id, long userId, DrillMode mode, boolean timed, String title, String setId,
                    Long assignmentId, Instant createdAt, Instant finishedAt, int probesPerQuestion) {
}
