package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-assessment against the grade, per dimension: positive bias means the learner rated
 * themself higher than the grade (over-confident), in levels. Knowing your own level is half of
 * interview readiness, so the page shows it all-time and for the most recent answers.
 */
public final class Calibration {
    public static final int RECENT = 10;
    /** Within a quarter level on average counts as calibrated. */
    static final double CALIBRATED = 0.25;

    public record SelfRating(long attemptId, String dimension, Level level) {
    }

    /** One answer with both a self-rating and a current level. */
    public record Pair(long attemptId, Instant at, String dimension, Level self, Level graded) {
        public int bias() {
            return self.ordinal() - graded.ordinal();
        }
    }

    public record Row(String dimension, String label, List<Pair> pairs, double biasAll, double biasRecent,
                      int exactPercent) {
        public boolean hasData() {
            return !pairs.isEmpty();
        }

        /** "Over-confident by 0.8 levels", "Under-confident by 0.5 levels" or "Well calibrated". */
        public String verdict() {
            return verdict(biasRecent);
        }

        public String verdictAll() {
            return verdict(biasAll);
        }

        static String verdict(double bias) {
            if (Math.abs(bias) < CALIBRATED) {
                return "Well calibrated";
            }
            return (bias > 0 ? "Over-confident" : "Under-confident") + " by " + String.format("%.1f", Math.abs(bias))
                    + " level" + (Math.abs(bias) >= 1.05 ? "s" : "");
        }
    }

    private Calibration() {
    }

    public static List<Row> build(List<Observation> observations, List<SelfRating> ratings,
                                  List<Scorecard.Dimension> dimensions) {
        Map<Key, Observation> graded = new HashMap<>(observations.size() * 2);
        observations.forEach(o -> graded.put(new Key(o.attemptId(), o.dimension()), o));
        Map<String, List<Pair>> byDimension = new HashMap<>();
        for (SelfRating r : ratings) {
            Observation o = graded.get(new Key(r.attemptId(), r.dimension()));
            if (o != null) {
                byDimension.computeIfAbsent(r.dimension(), k -> new ArrayList<>())
                        .add(new Pair(r.attemptId(), o.at(), r.dimension(), r.level(), o.level()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Scorecard.Dimension d : dimensions) {
            List<Pair> pairs = new ArrayList<>(byDimension.getOrDefault(d.id(), List.of()));
            pairs.sort(Comparator.comparing(Pair::at).thenComparingLong(Pair::attemptId));
            List<Pair> recent = pairs.subList(Math.max(0, pairs.size() - RECENT), pairs.size());
            long exact = pairs.stream().filter(p -> p.bias() == 0).count();
            rows.add(new Row(d.id(), d.label(), List.copyOf(pairs), mean(pairs), mean(recent),
                    pairs.isEmpty() ? 0 : (int) Math.round(100.0 * exact / pairs.size())));
        }
        return rows;
    }

    private record Key(long attemptId, String dimension) {
    }

    static double mean(List<Pair> pairs) {
        return pairs.stream().mapToInt(Pair::bias).average().orElse(0);
    }
}
