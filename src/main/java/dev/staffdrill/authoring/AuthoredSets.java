package dev.staffdrill.authoring;

import dev.staffdrill.content.ExerciseSet;

import java.util.List;
import java.util.Optional;

/**
 * What cohorts read of instructor-built sets (to assign one, and to let a member start one).
 * Read-only; building a set is this package's own page.
 */
public final class AuthoredSets {
    private final AuthoredSetRepository sets;

    public AuthoredSets(AuthoredSetRepository sets) {
        this.sets = sets;
    }

    /** The set with that public id ({@code custom-<n>}), with its author; empty for any other id. */
    public Optional<AuthoredSet> find(String setId) {
        return sets.find(setId);
    }

    /** The sets an instructor built, newest first. */
    public List<ExerciseSet> ownedBy(long ownerId) {
        return sets.ownedBy(ownerId);
    }
}
