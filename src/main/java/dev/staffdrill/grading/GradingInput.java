package dev.staffdrill.grading;

import dev.staffdrill.content.Question;

/** One submitted answer to grade, with the question exactly as the learner saw it. */
public record GradingInput(long attemptId, long userId, Question question, String answer) {
}
