package dev.staffdrill.grading;

import dev.staffdrill.content.Question;

import java.util.List;

/**
 * One submitted answer to grade, with the question exactly as the learner saw it. After a
 * follow-up thread, {@code answer} is everything the learner said (the answer, then each reply)
 * and {@code followUps} the interviewer's probes, in order; the grade covers the whole thread.
 */
public record GradingInput(long attemptId, long userId, Question question, String answer, List<String> followUps) {
    public GradingInput {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    public GradingInput(long attemptId, long userId, Question question, String answer) {
        this(attemptId, userId, question, answer, List.of());
    }
}
