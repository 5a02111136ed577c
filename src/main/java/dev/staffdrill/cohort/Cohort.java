package dev.staffdrill.cohort;

import java.time.Instant;

/** An instructor's group of learners. {@code joinCode} is null while joining is closed. */
public record Cohort(long id, long ownerId, String name, String joinCode, Instant createdAt) {

    public boolean joinable() {
        return joinCode != null;
    }
}
