package dev.staffdrill.review;

import dev.staffdrill.content.Level;

import java.util.Optional;

/**
 * Counts of each level for one group of grades (a learner on a dimension, a question on a
 * dimension): enough for the typical level, the spread and sorting, without keeping the grades.
 * The typical level is a flat mean, not recency-weighted: a cohort view summarises the assigned
 * work in scope, and filtering by assignment is how an instructor looks at one point in time.
 */
final class Tally {
    private final int[] counts = new int[Level.values().length];
    private int n;

    void add(Level l) {
        counts[l.ordinal()]++;
        n++;
    }

    int size() {
        return n;
    }

    /** The mean rank (not addressed 0 … strong 3) rounded half up; empty without grades. */
    Optional<Level> typical() {
        return n == 0 ? Optional.empty() : Optional.of(Level.values()[(int) Math.floor(mean() + 0.5)]);
    }

    /** Mean rank for sorting; no grades sorts after everyone else. */
    double rank() {
        return n == 0 ? Double.MAX_VALUE : mean();
    }

    private double mean() {
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += i * counts[i];
        }
        return (double) sum / n;
    }

    /** "2 W · 5 M · 1 S", leaving out levels nobody got. */
    String spread() {
        StringBuilder sb = new StringBuilder();
        for (Level l : Level.values()) {
            if (counts[l.ordinal()] > 0) {
                sb.append(sb.isEmpty() ? "" : " · ").append(counts[l.ordinal()]).append(' ').append(abbreviation(l));
            }
        }
        return sb.toString();
    }

    /** Adds another tally into this one (a learner's overall rank across dimensions). */
    void addAll(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        n += other.n;
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
