package dev.staffdrill.progress;

import dev.staffdrill.progress.Scorecard.Cell;
import dev.staffdrill.progress.Scorecard.Column;
import dev.staffdrill.progress.Scorecard.Dimension;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.NOT_ADDRESSED;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorecardTest {
    static final List<Column> CHAPTERS = List.of(new Column(14, "Ch 14"), new Column(15, "Ch 15"));
    static final List<Dimension> DIMS = List.of(new Dimension("A", "A. Judgment"), new Dimension("B", "B. Failure"),
            new Dimension("D", "D. Cost"));
    private final History h = new History();

    private Scorecard card() {
        return Scorecard.build(h.observations(), CHAPTERS, DIMS, Recency.DEFAULT);
    }

    private Cell cell(String dim, int chapter) {
        var row = card().row(dim).orElseThrow();
        return chapter == 0 ? row.overall()
                : row.cells().stream().filter(c -> c.chapter() == chapter).findFirst().orElseThrow();
    }

    @Test
    void emptyHistoryShowsNoDataEverywhere() {
        Scorecard s = card();
        assertThat(s.columns()).extracting(Column::chapter).containsExactly(14, 15);
        assertThat(s.rows()).allSatisfy(r -> {
            assertThat(r.cells()).allSatisfy(c -> assertThat(c.text()).isEqualTo("no data"));
            assertThat(r.overall().hasData()).isFalse();
        });
    }

    @Test
    void aSingleAnswerSetsTheCellAndTheOverall() {
        h.attempt("q1", 14, "B", MODERATE, "A", STRONG);
        assertThat(cell("B", 14).text()).isEqualTo("Moderate");
        assertThat(cell("A", 14).text()).isEqualTo("Strong");
        assertThat(cell("B", 15).text()).isEqualTo("no data");
        assertThat(cell("D", 14).hasData()).isFalse();
        assertThat(cell("B", 0).text()).isEqualTo("Moderate");
        assertThat(cell("B", 14).answers()).isEqualTo(1);
    }

    @Test
    void notAddressedCountsAsTheBottomOfWeak() {
        h.attempt("q1", 14, "D", NOT_ADDRESSED);
        h.attempt("q2", 14, "D", STRONG);
        // weights 1 (Strong, newest) and 0.6 (not addressed): (3 + 0) / 1.6 = 1.875
        assertThat(cell("D", 14).score()).isCloseTo(1.875, within(1e-9));
        assertThat(cell("D", 14).text()).isEqualTo("Moderate");
    }

    @Test
    void recentAnswersOutweighOldOnes() {
        for (int i = 0; i < 4; i++) {
            h.attempt("q" + i, 14, "B", STRONG);
        }
        h.attempt("q9", 14, "B", WEAK);
        h.attempt("q8", 14, "B", WEAK);
        // an unweighted mean (4×3 + 2×1)/6 = 2.33 would still say Moderate-ish; the weighted one says Weak-ish
        double expected = (1 * 1 + 0.6 * 1 + 3 * (0.36 + 0.216 + 0.1296 + 0.07776)) / (1 + 0.6 + 0.36 + 0.216 + 0.1296 + 0.07776);
        assertThat(cell("B", 14).score()).isCloseTo(expected, within(1e-9));
        assertThat(cell("B", 14).level()).contains(MODERATE);
        h.attempt("q7", 14, "B", WEAK);
        assertThat(cell("B", 14).level()).contains(WEAK);
    }

    @Test
    void onlyTheNewestWindowCounts() {
        for (int i = 0; i < 20; i++) {
            h.attempt("old" + i, 14, "A", WEAK);
        }
        for (int i = 0; i < Recency.DEFAULT.window(); i++) {
            h.attempt("new" + i, 14, "A", STRONG);
        }
        assertThat(cell("A", 14).score()).isCloseTo(3.0, within(1e-9));
        assertThat(cell("A", 14).answers()).isEqualTo(28);
    }

    @Test
    void aCellThatMovedShowsItsTrendTheWayTheReviewWritesIt() {
        for (int i = 0; i < 3; i++) {
            h.attempt("q" + i, 14, "D", WEAK);
        }
        h.attempt("q3", 14, "D", STRONG);
        h.attempt("q4", 14, "D", STRONG);
        assertThat(cell("D", 14).text()).isEqualTo("Weak→Moderate");
        assertThat(cell("D", 0).text()).isEqualTo("Weak→Moderate");
        h.attempt("q5", 14, "D", STRONG);
        assertThat(cell("D", 14).text()).isEqualTo("Weak→Strong");
        assertThat(cell("D", 14).moved()).isTrue();
    }

    @Test
    void aSteadyCellShowsNoTrend() {
        for (int i = 0; i < 6; i++) {
            h.attempt("q" + i, 15, "A", MODERATE);
        }
        assertThat(cell("A", 15).text()).isEqualTo("Moderate");
        assertThat(cell("A", 15).moved()).isFalse();
        assertThat(cell("A", 15).previous()).contains(MODERATE);
    }

    @Test
    void overallMixesChaptersByRecency() {
        h.attempt("q1", 14, "B", WEAK);
        h.attempt("q2", 15, "B", STRONG);
        h.attempt("q3", 15, "B", STRONG);
        assertThat(cell("B", 14).text()).isEqualTo("Weak");
        assertThat(cell("B", 15).text()).isEqualTo("Strong");
        assertThat(cell("B", 0).level()).contains(STRONG); // (3 + 1.8 + 0.36) / 1.96 = 2.63
    }

    @Test
    void anOverrideTakesPrecedenceOverTheGrade() {
        long a = h.attempt("q1", 14, "B", WEAK, "A", WEAK);
        h.override(a, "B", STRONG);
        assertThat(cell("B", 14).text()).isEqualTo("Strong");
        assertThat(cell("A", 14).text()).isEqualTo("Weak");
        assertThat(h.observations()).filteredOn(o -> o.dimension().equals("B")).singleElement()
                .satisfies(o -> assertThat(o.overridden()).isTrue());
    }

    @Test
    void theNewestOverrideWinsAndSurvivesARegrade() {
        long a = h.attempt("q1", 14, "B", WEAK);
        h.override(a, "B", STRONG);
        h.override(a, "B", MODERATE);
        h.regrade(a, "q1", 14, "B", STRONG); // an automatic re-grade must not undo the instructor
        assertThat(cell("B", 14).level()).contains(MODERATE);
    }

    @Test
    void theLatestGradeReplacesAnEarlierOne() {
        long a = h.attempt("q1", 14, "B", WEAK, "D", WEAK);
        h.regrade(a, "q1", 14, "B", STRONG);
        assertThat(cell("B", 14).text()).isEqualTo("Strong");
        assertThat(cell("D", 14).hasData()).isFalse(); // the current grade no longer grades D
    }

    @Test
    void chaptersOnlyTheHistoryKnowsGetAColumn() {
        h.attempt("imported", 31, "A", MODERATE);
        Scorecard s = card();
        assertThat(s.columns()).extracting(Column::chapter).containsExactly(14, 15, 31);
        assertThat(s.columns().get(2).label()).isEqualTo("Ch 31");
        assertThat(cell("A", 31).text()).isEqualTo("Moderate");
    }

    @Test
    void weakestFirstOrdersDimensionsWithData() {
        h.attempt("q1", 14, "A", STRONG, "B", WEAK);
        h.attempt("q2", 14, "D", MODERATE);
        assertThat(card().weakestFirst()).extracting(r -> r.dimension().id()).containsExactly("B", "D", "A");
        assertThat(card().rows()).hasSize(3);
    }
}
