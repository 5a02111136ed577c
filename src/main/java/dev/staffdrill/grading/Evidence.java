package dev.staffdrill.grading;

/**
 * A verbatim quote from the learner's answer and the rubric signal it shows. {@code signalId} is
 * empty when the quote only mentions the dimension's topic (keywords) without showing a signal.
 */
public record Evidence(String signalId, String quote) {
}
