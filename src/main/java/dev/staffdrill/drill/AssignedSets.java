package dev.staffdrill.drill;

import dev.staffdrill.content.ExerciseSet;

import java.time.Duration;
import java.util.Optional;

/**
 * What a Set drill may need beyond content/: sets an instructor built in the browser (kept in the
 * database), and an assignment's per-question clock. Content sets win on an id clash.
 */
public interface AssignedSets {
    /** The set, if {@code userId} may see it; an instructor's set is not public (see its implementation). */
    Optional<ExerciseSet> set(String setId, long userId);

    /** The per-question time limit an assignment sets, replacing each question's own clock. */
    Optional<Duration> timeLimit(long assignmentId);

    static AssignedSets none() {
        return new AssignedSets() {
            @Override
            public Optional<ExerciseSet> set(String setId, long userId) {
                return Optional.empty();
            }

            @Override
            public Optional<Duration> timeLimit(long assignmentId) {
                return Optional.empty();
            }
        };
    }
}
