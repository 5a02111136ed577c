package dev.staffdrill.grading.offline;

import dev.staffdrill.content.Level;
import dev.staffdrill.grading.DimensionGrade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-line summary above the dimensions never calls a Weak dimension the strongest. */
class OverallSummaryTest {
    private static DimensionGrade dim(String id, Level level) {
        return new DimensionGrade(id, level, List.of(), List.of(), List.of(), "");
    }

    @Test
    void aWeakBestIsNotCalledStrongest() {
        String s = OfflineGrader.overall(List.of(dim("B", Level.NOT_ADDRESSED), dim("C", Level.WEAK)), new OfflineGrader.Cap(""));
        assertThat(s).startsWith("Nothing reached Moderate yet: best on C (Weak), weakest on B (Not addressed).")
                .doesNotContain("Strongest");
    }

    @Test
    void aModerateOrBetterBestIsStrongest() {
        String s = OfflineGrader.overall(List.of(dim("B", Level.WEAK), dim("C", Level.MODERATE)), new OfflineGrader.Cap(""));
        assertThat(s).startsWith("Strongest on C (Moderate), weakest on B (Weak).");
    }
}
