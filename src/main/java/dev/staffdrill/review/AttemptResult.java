package dev.staffdrill.review;

import dev.staffdrill.content.Level;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One submitted attempt of a cohort assignment with its current grade. {@code levels} are what
 * counts (the newest instructor override per dimension, else the automatic level); {@code auto}
 * keeps the automatic ones. {@code grader} is empty while the attempt is not graded yet.
 * {@code questionTitle} is the title of the version the learner answered.
 */
public record AttemptResult(long attemptId, long userId, long assignmentId, String questionId, String questionTitle,
                            int position,
                            Instant submittedAt, String grader, List<String> flags, boolean reviewed,
                            Map<String, Level> auto, Map<String, Level> levels, Set<String> overridden,
                            Map<String, List<String>> missingSignals) {

    public boolean graded() {
        return !grader.isEmpty();
    }
}
