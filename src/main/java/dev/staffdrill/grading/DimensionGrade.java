package dev.staffdrill.grading;

import dev.staffdrill.content.Level;

import java.util.List;

/** One scorecard dimension of a grade: the level, the quotes behind it, and what is still missing. */
public record DimensionGrade(String dimension, Level level, List<Evidence> evidence, List<String> signalsFound,
                             List<String> signalsMissing, String feedback) {
    public DimensionGrade {
        evidence = List.copyOf(evidence);
        signalsFound = List.copyOf(signalsFound);
        signalsMissing = List.copyOf(signalsMissing);
    }
}
