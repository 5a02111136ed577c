package dev.staffdrill.review;

import java.util.List;

/**
 * Writes CSV that opens cleanly in a spreadsheet: RFC 4180 (comma-separated, CRLF line ends,
 * fields with a quote, comma or line break wrapped in quotes and inner quotes doubled), UTF-8 with
 * a byte-order mark so Excel reads the encoding, and formula-injection safe: a cell starting with
 * = + - @ tab or CR gets a leading single quote, so a learner named =HYPERLINK(...) stays text
 * (OWASP's CSV injection advice). Writing is this small; parsing would deserve a library.
 */
final class Csv {
    static final String BOM = "\uFEFF";
    private final StringBuilder out = new StringBuilder(BOM);

    Csv row(List<String> cells) {
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

    @Override
    public String toString() {
        return out.toString();
    }
}
