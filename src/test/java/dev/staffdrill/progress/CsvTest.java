package dev.staffdrill.progress;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {
    @Test
    void cellsThatASpreadsheetWouldRunAreKeptAsText() {
        for (String formula : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx")) {
            assertThat(Csv.safe(formula)).isEqualTo("'" + formula);
        }
        assertThat(Csv.safe("plain, with a comma")).isEqualTo("plain, with a comma");
        assertThat(Csv.safe(null)).isEmpty();
    }

    @Test
    void quotesCommasQuotesAndNewLinesPerRfc4180() {
        String out = new Csv().write(List.of("a", "b"), List.of(List.of("x, y", "say \"hi\"\nthen go"), List.of("ü→✓", "")));
        assertThat(out).isEqualTo("a,b\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\nü→✓,\n");
    }
}
