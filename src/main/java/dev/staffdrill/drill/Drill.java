package dev.staffdrill.drill;

import java.time.Instant;

/**
 * A practice session: an ordered run of attempts in one mode. {@code probesPerQuestion}: how many
 * follow-up probes the interviewer may ask after each answer (0: none).
 */
public record Drill(long id, long userId, DrillMode mode, boolean timed, String title, String setId,
                    Long assignmentId, Instant createdAt, Instant finishedAt, int probesPerQuestion) {

    /**
     * The title to list an attempt under. An open round's item title may name a figure ("from 1M to
     * 1B messages a day"), so until the attempt is submitted the round's own title stands in.
     */
    public String titleOf(Attempt a, String questionTitle) {
        return mode == DrillMode.OPEN && !a.submitted() ? title : questionTitle;
    }
}
