package dev.staffdrill.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer for every export, so all of them open the same way in a spreadsheet:
 * RFC 4180 (comma-separated, CRLF line ends, fields with a quote, comma or line break wrapped in
 * quotes and inner quotes doubled), UTF-8 with a byte-order mark so Excel reads the encoding, and
 * formula-injection safe: a cell starting with = + - @ tab or CR gets a leading single quote, so a
 * learner named =HYPERLINK(...) stays text (OWASP's CSV injection advice). Levels are written as
 * their display labels ("Strong"), by the callers. Writing is this small; parsing would deserve a
 * library.
 */
public final class Csv {
    static final String BOM = "\uFEFF";
    private final StringBuilder out = new StringBuilder(BOM);

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** Sends the document as a download named {@code filename}. */
    public void send(Context ctx, String filename) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.result(toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
