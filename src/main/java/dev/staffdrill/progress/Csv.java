package dev.staffdrill.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV for spreadsheets: RFC 4180 quoting by Jackson, plus the OWASP defence against formula
 * injection — a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe, so a learner's answer starting "=HYPERLINK(…)" stays text.
 */
final class Csv {
    private final CsvMapper mapper = new CsvMapper();

    String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (SequenceWriter w = mapper.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
            w.write(header.stream().map(Csv::safe).toArray(String[]::new));
            for (List<String> row : rows) {
                w.write(row.stream().map(Csv::safe).toArray(String[]::new));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CSV could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
