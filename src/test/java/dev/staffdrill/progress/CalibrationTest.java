package dev.staffdrill.progress;

import dev.staffdrill.progress.Calibration.SelfRating;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.NOT_ADDRESSED;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {
    private final History h = new History();
    private final List<SelfRating> ratings = new ArrayList<>();

    private Calibration.Row row(String dim) {
        return Calibration.build(h.observations(), ratings, ScorecardTest.DIMS).stream()
                .filter(r -> r.dimension().equals(dim)).findFirst().orElseThrow();
    }

    @Test
    void overConfidenceIsMeasuredInLevels() {
        ratings.add(new SelfRating(h.attempt("q1", 14, "D", WEAK), "D", STRONG));          // +2
        ratings.add(new SelfRating(h.attempt("q2", 14, "D", NOT_ADDRESSED), "D", WEAK));   // +1
        ratings.add(new SelfRating(h.attempt("q3", 14, "D", MODERATE), "D", MODERATE));    // 0
        ratings.add(new SelfRating(h.attempt("q4", 14, "D", MODERATE), "D", STRONG));      // +1
        var d = row("D");
        assertThat(d.biasAll()).isCloseTo(1.0, within(1e-9));
        assertThat(d.exactPercent()).isEqualTo(25);
        assertThat(d.verdict()).isEqualTo("Over-confident by 1.0 level");
        assertThat(row("A").hasData()).isFalse();
    }

    @Test
    void underConfidenceAndRecentAnswersAreSeparate() {
        for (int i = 0; i < 5; i++) {
            ratings.add(new SelfRating(h.attempt("old" + i, 14, "B", WEAK), "B", STRONG)); // +2 long ago
        }
        for (int i = 0; i < Calibration.RECENT; i++) {
            ratings.add(new SelfRating(h.attempt("new" + i, 14, "B", STRONG), "B", MODERATE)); // -1 lately
        }
        var b = row("B");
        assertThat(b.biasRecent()).isCloseTo(-1.0, within(1e-9));
        assertThat(b.verdict()).isEqualTo("Under-confident by 1.0 level");
        assertThat(b.biasAll()).isCloseTo(0.0, within(1e-9));
        assertThat(b.verdictAll()).isEqualTo("Well calibrated");
        assertThat(b.pairs()).hasSize(15);
    }

    @Test
    void theOverriddenLevelIsWhatTheRatingIsComparedWith() {
        long a = h.attempt("q", 14, "A", WEAK);
        ratings.add(new SelfRating(a, "A", STRONG));
        h.override(a, "A", STRONG);
        assertThat(row("A").biasAll()).isZero();
        assertThat(row("A").verdict()).isEqualTo("Well calibrated");
    }

    @Test
    void ratingsWithoutAGradeAreLeftOut() {
        ratings.add(new SelfRating(99, "A", STRONG));
        assertThat(row("A").hasData()).isFalse();
    }
}
