package dev.staffdrill.progress;

import org.junit.jupiter.api.Test;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.NOT_ADDRESSED;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    @Test
    void eachLevelHasItsOwnShapeAndATitleSoTheChartReadsWithoutColour() {
        History h = new History();
        h.attempt("q1", 14, "B", NOT_ADDRESSED);
        h.attempt("q2", 14, "B", WEAK);
        h.attempt("q3", 14, "B", MODERATE);
        h.attempt("q4", 15, "B", STRONG);
        Chart c = Charts.levels("B across your answers", h.observations(), Recency.DEFAULT);
        assertThat(c.markers()).extracting(Chart.Marker::kind).containsExactly("cross", "triangle-down", "square", "circle");
        assertThat(c.markers().get(3).title()).contains("Answer 4").contains("Ch 15").contains("Strong");
        assertThat(c.yTicks()).extracting(Chart.Tick::label).containsExactly("Strong", "Moderate", "Weak", "Not addressed");
        assertThat(c.line().split(" ")).hasSize(4);
        assertThat(c.line()).doesNotContain(",,").matches("[0-9., ]+"); // no locale decimal commas inside numbers
    }

    @Test
    void onlyTheNewestFortyAnswersAreDrawnButNumberedFromTheStart() {
        History h = new History();
        for (int i = 0; i < 50; i++) {
            h.attempt("q" + i, 14, "A", i % 2 == 0 ? WEAK : STRONG);
        }
        Chart c = Charts.levels("A", h.observations(), Recency.DEFAULT);
        assertThat(c.markers()).hasSize(Charts.MAX_POINTS);
        assertThat(c.xTicks()).extracting(Chart.Tick::label).containsExactly("answer 11", "answer 50");
    }
}
