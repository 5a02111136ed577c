package dev.staffdrill.cohort;

import dev.staffdrill.authoring.AuthoredSet;
import dev.staffdrill.authoring.AuthoredSets;
import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.drill.AssignedSets;

import java.time.Duration;
import java.util.Optional;

/** Lets Set drills resolve instructor-built sets and take an assignment's clock. */
public final class CohortSets implements AssignedSets {
    private final AuthoredSets sets;
    private final CohortRepository cohorts;
    private final AssignmentRepository assignments;

    CohortSets(AuthoredSets sets, CohortRepository cohorts, AssignmentRepository assignments) {
        this.sets = sets;
        this.cohorts = cohorts;
        this.assignments = assignments;
    }

    /**
     * Only its author and the members of the author's cohorts see an instructor's set: ids are
     * sequential, so anyone could otherwise start (and read) any instructor's set by guessing.
     */
    @Override
    public Optional<ExerciseSet> set(String setId, long userId) {
        return sets.find(setId).filter(o -> o.ownerId() == userId || cohorts.inCohortOf(o.ownerId(), userId))
                .map(AuthoredSet::set);
    }

    @Override
    public Optional<Duration> timeLimit(long assignmentId) {
        return assignments.minutesPerQuestion(assignmentId).map(Duration::ofMinutes);
    }
}
