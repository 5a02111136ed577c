package dev.staffdrill.review;

import dev.staffdrill.content.Level;
import org.junit.jupiter.api.Test;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.NOT_ADDRESSED;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {
    static Tally of(Level... levels) {
        Tally t = new Tally();
        for (Level l : levels) {
            t.add(l);
        }
        return t;
    }

    @Test
    void typicalLevelIsTheRoundedMeanRank() {
        assertThat(of().typical()).isEmpty();
        assertThat(of(WEAK).typical()).contains(WEAK);
        assertThat(of(WEAK, STRONG).typical()).contains(MODERATE);
        assertThat(of(WEAK, MODERATE).typical()).contains(MODERATE); // 1.5 rounds up
        assertThat(of(NOT_ADDRESSED, NOT_ADDRESSED, WEAK).typical()).contains(NOT_ADDRESSED);
        assertThat(of(STRONG, STRONG, MODERATE).typical()).contains(STRONG);
    }

    @Test
    void spreadCountsEachLevelInOrder() {
        assertThat(of(STRONG, WEAK, MODERATE, WEAK).spread()).isEqualTo("2 W · 1 M · 1 S");
        assertThat(of(NOT_ADDRESSED).spread()).isEqualTo("1 NA");
        assertThat(of().spread()).isEmpty();
    }

    @Test
    void emptyTalliesRankLastAndAddAllCombines() {
        assertThat(of().rank()).isGreaterThan(of(STRONG).rank());
        assertThat(of(WEAK).rank()).isLessThan(of(MODERATE).rank());
        Tally all = of(WEAK);
        all.addAll(of(STRONG, STRONG));
        assertThat(all.size()).isEqualTo(3);
        assertThat(all.typical()).contains(MODERATE); // mean 7/3 rounds to 2
    }
}
