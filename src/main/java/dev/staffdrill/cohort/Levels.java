package dev.staffdrill.cohort;

import dev.staffdrill.content.Level;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The typical level of a group of grades: the mean of their ranks (not addressed 0 … strong 3),
 * rounded half up. A flat mean, not recency-weighted: a cohort view summarises the assigned work
 * in scope, and filtering by assignment is how an instructor looks at one point in time.
 */
final class Levels {
    private Levels() {
    }

    static Optional<Level> typical(Collection<Level> levels) {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        double mean = levels.stream().mapToInt(Level::ordinal).average().orElse(0);
        return Optional.of(Level.values()[(int) Math.floor(mean + 0.5)]);
    }

    /** Average rank, for sorting; learners without data sort after everyone else. */
    static double rank(Collection<Level> levels) {
        return levels.isEmpty() ? Double.MAX_VALUE : levels.stream().mapToInt(Level::ordinal).average().orElse(0);
    }

    /** "2 W · 5 M · 1 S", leaving out levels nobody got. */
    static String spread(Collection<Level> levels) {
        Map<Level, Long> n = levels.stream().collect(Collectors.groupingBy(l -> l, () -> new EnumMap<>(Level.class),
                Collectors.counting()));
        return n.entrySet().stream().map(e -> e.getValue() + " " + abbreviation(e.getKey()))
                .collect(Collectors.joining(" · "));
    }

    static String abbreviation(Level l) {
        return switch (l) {
            case NOT_ADDRESSED -> "NA";
            case WEAK -> "W";
            case MODERATE -> "M";
            case STRONG -> "S";
        };
    }
}
