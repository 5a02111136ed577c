package dev.staffdrill.grading.eval;

import dev.staffdrill.content.Level;

import java.util.Map;

/**
 * One labelled answer: the question it answers, its file, its kind (l4, l5, l6, stuffed, off-topic,
 * wrong, or any other word), the text, and the level an L6 reviewer gives it on each dimension.
 */
public record EvalCase(String questionId, String file, String kind, String answer, Map<String, Level> labels) {
    public EvalCase {
        labels = Map.copyOf(labels);
    }

    public int labelledSum() {
        return labels.values().stream().mapToInt(Level::ordinal).sum();
    }
}
