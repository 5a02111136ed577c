package dev.staffdrill.grading;

import java.util.Optional;

/** Where a grading job finds what it grades. Empty when the attempt is gone or not submitted. */
public interface AnswerSource {
    Optional<GradingInput> load(long attemptId);
}
