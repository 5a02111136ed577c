package dev.staffdrill.authoring;

import dev.staffdrill.content.ExerciseSet;

/** An instructor-built exercise set with who built it, so an instructor can assign only their own. */
public record AuthoredSet(long ownerId, ExerciseSet set) {
}
