package dev.staffdrill.grading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes are stored verbatim; shown, a quote that starts or stops inside a sentence says so. */
class ExcerptTest {
    @Test
    void aWholeSentenceIsShownAsIs() {
        assertThat(GradeViews.excerpt("We hedge after the p95 of 12 ms.")).isEqualTo("We hedge after the p95 of 12 ms.");
    }

    @Test
    void aQuoteCutInsideASentenceGetsAnEllipsisOnTheCutSide() {
        assertThat(GradeViews.excerpt("We hedge after the p95 of 12 ms and eject")).isEqualTo("We hedge after the p95 of 12 ms and eject…");
        assertThat(GradeViews.excerpt("eject the replica at 3x median.")).isEqualTo("…eject the replica at 3x median.");
        assertThat(GradeViews.excerpt("about 20% of reads stall")).isEqualTo("…about 20% of reads stall…");
    }
}
