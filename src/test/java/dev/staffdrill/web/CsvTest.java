package dev.staffdrill.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {
    @Test
    void plainCellsAreLeftAlone() {
        assertThat(Csv.cell("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(Csv.cell("")).isEmpty();
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void quotesCommasAndLineBreaksAreQuotedWithInnerQuotesDoubled() {
        assertThat(Csv.cell("Smith, \"Jo\"")).isEqualTo("\"Smith, \"\"Jo\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void formulaStartsAreNeutralisedWithALeadingQuote() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b"); // only the first character matters
    }

    @Test
    void documentStartsWithABomAndEndsRowsWithCrlf() {
        String out = new Csv().row(List.of("a", "b")).row(List.of("c,d", "e")).toString();
        assertThat(out).isEqualTo("\uFEFFa,b\r\n\"c,d\",e\r\n");
    }

    @Test
    void quotedLineBreaksAndNonAsciiSurviveInsideARow() {
        // Was the progress export's own writer (Jackson, no BOM, LF); every export now shares this one.
        String out = new Csv().row(List.of("a", "b")).row(List.of("x, y", "say \"hi\"\nthen go")).row(List.of("ü→✓", ""))
                .toString();
        assertThat(out).isEqualTo("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\r\nü→✓,\r\n");
    }
}
