package dev.staffdrill.cohort;

import dev.staffdrill.content.Level;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.NOT_ADDRESSED;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

class LevelsTest {
    @Test
    void typicalLevelIsTheRoundedMeanRank() {
        assertThat(Levels.typical(List.of())).isEmpty();
        assertThat(Levels.typical(List.of(WEAK))).contains(WEAK);
        assertThat(Levels.typical(List.of(WEAK, STRONG))).contains(MODERATE);
        assertThat(Levels.typical(List.of(WEAK, MODERATE))).contains(MODERATE); // 1.5 rounds up
        assertThat(Levels.typical(List.of(NOT_ADDRESSED, NOT_ADDRESSED, WEAK))).contains(NOT_ADDRESSED);
        assertThat(Levels.typical(List.of(STRONG, STRONG, MODERATE))).contains(STRONG);
    }

    @Test
    void spreadCountsEachLevelInOrder() {
        assertThat(Levels.spread(List.of(STRONG, WEAK, MODERATE, WEAK))).isEqualTo("2 W · 1 M · 1 S");
        assertThat(Levels.spread(List.<Level>of())).isEmpty();
    }

    @Test
    void learnersWithoutDataRankLast() {
        assertThat(Levels.rank(List.of())).isGreaterThan(Levels.rank(List.of(STRONG)));
        assertThat(Levels.rank(List.of(WEAK))).isLessThan(Levels.rank(List.of(MODERATE)));
    }
}
