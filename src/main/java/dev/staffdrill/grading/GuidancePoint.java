package dev.staffdrill.grading;

/**
 * One point of the question's guidance (what a Strong answer to this question shows), in a few
 * words, and whether the answer covers it. Shown beside the levels, never folded into them.
 */
public record GuidancePoint(String point, boolean covered) {
}
