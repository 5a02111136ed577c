package dev.staffdrill.progress;

import dev.staffdrill.progress.Fsrs.Rating;
import dev.staffdrill.progress.Fsrs.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values published with the FSRS-6 optimizer's own model tests
 * (open-spaced-repetition/fsrs-optimizer, tests/model_test.py, default parameters).
 */
class FsrsTest {
    private final Fsrs fsrs = Fsrs.standard();

    @Test
    void forgettingCurveMatchesTheReference() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] s = {1, 2, 3, 4, 4, 2};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < t.length; i++) {
            assertThat(fsrs.retrievability(t[i], s[i])).isCloseTo(expected[i], within(1e-4));
        }
    }

    @Test
    void intervalAtNinetyPercentRetentionIsTheStability() {
        assertThat(fsrs.interval(100, 0.9)).isCloseTo(100, within(1e-9));
        assertThat(fsrs.interval(10, 0.8)).isGreaterThan(10); // accepting more forgetting waits longer
    }

    @Test
    void stabilityAfterSuccessFailureAndSameDayMatchTheReference() {
        double[] d = {1, 2, 3, 4};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        double[] success = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] failure = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        double[] shortTerm = {1.596818, 2.7470093, 5.0, 8.12961};
        for (int i = 0; i < 4; i++) {
            Rating rating = Rating.values()[i];
            assertThat(fsrs.stabilityAfterSuccess(5, d[i], r[i], rating)).isCloseTo(success[i], within(1e-3));
            assertThat(fsrs.stabilityAfterFailure(5, d[i], r[i])).isCloseTo(failure[i], within(1e-4));
            assertThat(fsrs.shortTermStability(5, rating)).isCloseTo(shortTerm[i], within(1e-4));
        }
    }

    @Test
    void nextDifficultyMatchesTheReference() {
        double[] expected = {8.341763, 6.6659956, 4.990228, 3.3144615};
        for (int i = 0; i < 4; i++) {
            assertThat(fsrs.nextDifficulty(5, Rating.values()[i])).isCloseTo(expected[i], within(1e-4));
        }
    }

    /** The reference's two-review sequences: (rating at day 0, same rating 1 or 2 days later). */
    @Test
    void twoReviewSequencesMatchTheReference() {
        Object[][] cases = {
                {Rating.AGAIN, 1, 0.10088589, 8.806304},
                {Rating.HARD, 1, 3.2494123, 6.7404594},
                {Rating.GOOD, 1, 7.3153, 2.1112142},
                {Rating.EASY, 1, 18.014914, 1.0},
                {Rating.AGAIN, 2, 0.112798266, 8.806304},
                {Rating.HARD, 2, 4.4694576, 6.7404594},
        };
        for (Object[] c : cases) {
            Rating rating = (Rating) c[0];
            State after = fsrs.next(fsrs.first(rating), (int) c[1], rating);
            assertThat(after.stability()).as("S after %s, %s days", rating, c[1]).isCloseTo((double) c[2], within(1e-3));
            assertThat(after.difficulty()).as("D after %s", rating).isCloseTo((double) c[3], within(1e-4));
        }
    }

    @Test
    void firstReviewStabilityIsTheInitialParameter() {
        for (Rating r : Rating.values()) {
            assertThat(fsrs.first(r).stability()).isEqualTo(Fsrs.DEFAULT_WEIGHTS.get(r.ordinal()));
        }
        assertThat(fsrs.first(Rating.EASY).difficulty()).isEqualTo(1.0); // clamped
    }
}
