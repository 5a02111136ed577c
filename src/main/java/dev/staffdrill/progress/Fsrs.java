package dev.staffdrill.progress;

import java.util.List;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, open-spaced-repetition), implemented
 * from its published formulas with its published default parameters, because the FSRS Java library
 * is not available here. Only the model: stability S (days until recall drops to 90%), difficulty
 * D (1–10), retrievability R. No learning steps and no fuzz: the schedule must be reproducible.
 * Tests check it against the reference values published with the FSRS optimizer.
 */
public final class Fsrs {
    /** FSRS-6 default parameters w0..w20. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
            3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
            0.0658, 0.1542);
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;

    /** FSRS's four answer ratings. */
    public enum Rating {
        AGAIN, HARD, GOOD, EASY;

        int g() {
            return ordinal() + 1;
        }
    }

    /** The memory state after a review. */
    public record State(double stability, double difficulty) {
    }

    private final double[] w;
    private final double decay;
    private final double factor;

    public Fsrs(List<Double> weights) {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + weights.size());
        }
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = w[20];
        this.factor = Math.pow(0.9, -1 / decay) - 1; // so that R(S, S) = 0.9
    }

    public static Fsrs standard() {
        return new Fsrs(DEFAULT_WEIGHTS);
    }

    /** R(t, S): the probability of recall t days after a review that left stability S. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, -decay);
    }

    /** Days until retrievability falls to {@code desiredRetention}; equals S at 0.9. */
    public double interval(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, -1 / decay) - 1);
    }

    /** The state after the first review ever. */
    public State first(Rating r) {
        return new State(clampS(w[r.g() - 1]), clampD(initialDifficulty(r.g())));
    }

    /** The state after a later review, {@code elapsedDays} whole days after the previous one. */
    public State next(State s, long elapsedDays, Rating r) {
        double d = nextDifficulty(s.difficulty(), r);
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(s.stability(), r);
        } else {
            double rec = retrievability(elapsedDays, s.stability());
            stability = r == Rating.AGAIN ? stabilityAfterFailure(s.stability(), s.difficulty(), rec)
                    : stabilityAfterSuccess(s.stability(), s.difficulty(), rec, r);
        }
        return new State(clampS(stability), d);
    }

    double initialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    /** Linear damping towards 10, then mean reversion towards D0(Easy). */
    double nextDifficulty(double d, Rating r) {
        double delta = -w[6] * (r.g() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampD(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
    }

    double stabilityAfterSuccess(double s, double d, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus);
    }

    double stabilityAfterFailure(double s, double d, double r) {
        double forget = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return Math.min(forget, s / Math.exp(w[17] * w[18])); // a lapse never raises stability
    }

    /** A second review on the same day; a pass (Good/Easy) never lowers stability. */
    double shortTermStability(double s, Rating r) {
        double inc = Math.exp(w[17] * (r.g() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (r.g() >= 3) {
            inc = Math.max(inc, 1);
        }
        return s * inc;
    }

    private static double clampS(double s) {
        return Math.min(S_MAX, Math.max(S_MIN, s));
    }

    private static double clampD(double d) {
        return Math.min(10, Math.max(1, d));
    }
}
