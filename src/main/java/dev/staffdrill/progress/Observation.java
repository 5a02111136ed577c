package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.time.Instant;

/**
 * The current level of one dimension of one submitted attempt: the latest grade's level, or the
 * newest instructor override when there is one. Every view in this package is computed from these.
 */
public record Observation(long attemptId, String questionId, int chapter, String dimension, Level level,
                          Instant at, boolean overridden) {
}
