package dev.staffdrill.cohort;

import java.time.Instant;

/** A learner in a cohort; {@code userId} is the stable id used in exports. */
public record Member(long userId, String displayName, String username, Instant joinedAt) {
}
