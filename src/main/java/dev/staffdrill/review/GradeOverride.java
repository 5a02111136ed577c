package dev.staffdrill.review;

import dev.staffdrill.content.Level;

import java.time.Instant;

/** An instructor's level for one dimension of an attempt, with the comment the learner sees. */
public record GradeOverride(long id, long attemptId, String dimension, Level level, String comment,
                            String instructorName, Instant createdAt) {
}
