package dev.staffdrill.cohort;

import dev.staffdrill.authoring.AuthoredSetRepository;
import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.drill.AssignedSets;

import java.time.Duration;
import java.util.Optional;

/** Lets Set drills resolve instructor-built sets and take an assignment's clock. */
public final class CohortSets implements AssignedSets {
    private final AuthoredSetRepository sets;
    private final AssignmentRepository assignments;

    public CohortSets(AuthoredSetRepository sets, AssignmentRepository assignments) {
        this.sets = sets;
        this.assignments = assignments;
    }

    @Override
    public Optional<ExerciseSet> set(String setId) {
        return sets.find(setId).map(AuthoredSetRepository.Owned::set);
    }

    @Override
    public Optional<Duration> timeLimit(long assignmentId) {
        return assignments.minutesPerQuestion(assignmentId).map(Duration::ofMinutes);
    }
}
