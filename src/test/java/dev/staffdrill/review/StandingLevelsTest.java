package dev.staffdrill.review;

import dev.staffdrill.content.Level;
import dev.staffdrill.review.StandingLevels.OverrideLevel;
import dev.staffdrill.review.StandingLevels.Standing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StandingLevelsTest {
    static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-12-01T11:00:00Z");

    @Test
    void theGradeStandsWhereNoInstructorOverrodeIt() {
        assertThat(StandingLevels.of(Map.of("A", Level.WEAK), List.of()))
                .containsExactly(Map.entry("A", new Standing(Level.WEAK, false)));
    }

    @Test
    void theNewestOverrideWinsWhateverOrderTheyArriveIn() {
        var older = new OverrideLevel(9, T1, "B", Level.MODERATE); // higher id, but written earlier
        var newer = new OverrideLevel(3, T2, "B", Level.STRONG);
        assertThat(StandingLevels.levels(Map.of("B", Level.WEAK, "C", Level.WEAK), List.of(newer, older)))
                .containsEntry("B", Level.STRONG).containsEntry("C", Level.WEAK);
        assertThat(StandingLevels.levels(Map.of("B", Level.WEAK), List.of(older, newer))).containsEntry("B", Level.STRONG);
    }

    @Test
    void onTheSameInstantTheHigherIdIsNewer() {
        var first = new OverrideLevel(1, T1, "A", Level.WEAK);
        var second = new OverrideLevel(2, T1, "A", Level.STRONG);
        assertThat(StandingLevels.of(Map.of(), List.of(second, first)))
                .containsExactly(Map.entry("A", new Standing(Level.STRONG, true)));
    }

    @Test
    void theHigherGradeIdIsTheNewerGrade() {
        assertThat(StandingLevels.newer(5, 4)).isTrue();
        assertThat(StandingLevels.newer(4, 5)).isFalse();
    }
}
