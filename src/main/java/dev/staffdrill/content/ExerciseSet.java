package dev.staffdrill.content;

import java.util.List;
import java.util.Map;

/**
 * A named, ordered list of questions, assigned by instructors and drilled by learners.
 * {@code step5} maps the numbers of the master review's STEP 5 exercises this set answers to their
 * counterpart question ids, in the set's order (empty for sets that are not a STEP 5 group).
 */
public record ExerciseSet(String id, String title, String description, List<String> questionIds,
                          Map<Integer, String> step5) {

    public ExerciseSet {
        step5 = step5 == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(step5));
    }

    public ExerciseSet(String id, String title, String description, List<String> questionIds) {
        this(id, title, description, questionIds, Map.of());
    }
}
