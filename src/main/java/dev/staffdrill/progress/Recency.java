package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.util.List;
import java.util.Optional;

/**
 * How recent answers outweigh old ones: the newest {@code window} levels of a cell count, the
 * newest with weight 1 and each older one {@code decay} times the one after it. The weighted mean
 * (Not addressed 0, Weak 1, Moderate 2, Strong 3) rounds to a level. The trend compares with the
 * level the same cell had before its newest {@code trendSpan} answers.
 */
public record Recency(int window, double decay, int trendSpan) {
    /** Two answers in a row of a new level move a cell one step; three move it from Weak to Strong. */
    public static final Recency DEFAULT = new Recency(8, 0.6, 3);

    public Recency {
        if (window < 1 || decay <= 0 || decay > 1 || trendSpan < 1) {
            throw new IllegalArgumentException("window >= 1, 0 < decay <= 1, trendSpan >= 1");
        }
    }

    public double weight(int newestFirstIndex) {
        return newestFirstIndex < window ? Math.pow(decay, newestFirstIndex) : 0;
    }

    /** The weighted mean of the newest levels, empty without any. */
    public Optional<Double> score(List<Level> newestFirst) {
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < Math.min(window, newestFirst.size()); i++) {
            double w = weight(i);
            sum += w * newestFirst.get(i).ordinal();
            weights += w;
        }
        return weights == 0 ? Optional.empty() : Optional.of(sum / weights);
    }

    /** Weak below 1.5, Moderate below 2.5, Strong from there: a cell is never "not addressed". */
    public static Level level(double score) {
        double s = score + 1e-9; // a mean of exactly 2.5 must not fall to Moderate through rounding
        if (s >= 2.5) {
            return Level.STRONG;
        }
        return s >= 1.5 ? Level.MODERATE : Level.WEAK;
    }

    public Optional<Level> level(List<Level> newestFirst) {
        return score(newestFirst).map(Recency::level);
    }

    /** The level before the newest {@code trendSpan} answers; empty when there was nothing before them. */
    public Optional<Level> previous(List<Level> newestFirst) {
        if (newestFirst.size() <= trendSpan) {
            return Optional.empty();
        }
        return level(newestFirst.subList(trendSpan, newestFirst.size()));
    }
}
