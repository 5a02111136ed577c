package dev.staffdrill.progress;

import dev.staffdrill.content.Rubric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff-level signals checklist: for each rubric signal, how many of the learner's recent
 * answers to questions targeting its dimension showed it. A signal shown in under a third of at
 * least three such answers is a gap ("Cost driver with a figure ← GAP").
 */
public final class SignalChecklist {
    public static final int WINDOW = 20;
    public static final int MIN_ANSWERS = 3;
    public static final double GAP_BELOW = 1.0 / 3;

    /** One graded answer on one dimension: the signals its current grade found there. */
    public record Answer(long attemptId, Instant at, String dimension, Set<String> found) {
    }

    /** One checklist line; examples are attempt ids (0 when there is none). */
    public record Row(Rubric.Signal signal, String dimensionLabel, int answers, int present, boolean gap,
                      long exampleMissing, long examplePresent) {
        public double share() {
            return answers == 0 ? 0 : (double) present / answers;
        }

        public int percent() {
            return (int) Math.round(100 * share());
        }

        public boolean enoughData() {
            return answers >= MIN_ANSWERS;
        }
    }

    private SignalChecklist() {
    }

    /** Rows in rubric order. */
    public static List<Row> build(List<Answer> answers, Rubric rubric) {
        Map<String, List<Answer>> byDimension = new LinkedHashMap<>();
        answers.stream().sorted(Comparator.comparing(Answer::at).thenComparingLong(Answer::attemptId).reversed())
                .forEach(a -> byDimension.computeIfAbsent(a.dimension(), k -> new ArrayList<>()).add(a));
        List<Row> rows = new ArrayList<>();
        for (Rubric.Dimension d : rubric.dimensions()) {
            List<Answer> recent = byDimension.getOrDefault(d.id(), List.of());
            recent = recent.subList(0, Math.min(WINDOW, recent.size()));
            for (Rubric.Signal s : d.signals()) {
                int present = 0;
                long missing = 0;
                long shown = 0;
                for (Answer a : recent) { // newest first: the examples are the most recent ones
                    if (a.found().contains(s.id())) {
                        present++;
                        shown = shown == 0 ? a.attemptId() : shown;
                    } else {
                        missing = missing == 0 ? a.attemptId() : missing;
                    }
                }
                boolean gap = recent.size() >= MIN_ANSWERS && (double) present / recent.size() < GAP_BELOW;
                rows.add(new Row(s, d.label(), recent.size(), present, gap, missing, shown));
            }
        }
        return rows;
    }

    /** The gaps, weakest first (lowest share, then the most evidence). */
    public static List<Row> gaps(List<Row> rows) {
        return rows.stream().filter(Row::gap)
                .sorted(Comparator.comparingDouble(Row::share).thenComparing(Comparator.comparingInt(Row::answers).reversed()))
                .toList();
    }
}
