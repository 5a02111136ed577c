package dev.staffdrill.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source line, classified once so that the section finder and the item collector agree on
 * what it is. {@code text} is the content without its Markdown marker (heading hashes, list marker,
 * whole-line bold); {@code indent} counts leading spaces (a tab counts four).
 */
record Line(int number, Type type, int indent, int level, String text) {

    enum Type { HEADING, BOLD, LIST, TEXT, BLANK, RULE, FENCE }

    private static final Pattern HEADING = Pattern.compile("#{1,6}(?=\\s|$)\\s*(.*?)\\s*#*\\s*");
    private static final Pattern LIST = Pattern.compile("(?:[-*+•]|\\d{1,3}[.)])\\s+(.*)");
    private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?!\\s)(.+?)\\1\\s*:?\\s*");
    private static final Pattern RULE = Pattern.compile("([-*_])(?:\\s*\\1){2,}\\s*");
    private static final Pattern FENCE = Pattern.compile("(```|~~~).*");

    /** Classifies every line; lines inside a code fence (and the fence lines) are FENCE and never parsed. */
    static List<Line> parse(String text) {
        List<Line> out = new ArrayList<>();
        String fence = null;
        int n = 0;
        for (String raw : text.split("\\R", -1)) {
            n++;
            String expanded = raw.replace("\t", "    ");
            String body = expanded.stripLeading();
            int indent = expanded.length() - body.length();
            // Blockquoted follow-ups ("> **Q1.** ...") read the same as unquoted ones.
            while (body.startsWith(">")) {
                body = body.substring(1).stripLeading();
            }
            body = body.stripTrailing();
            Matcher f = FENCE.matcher(body);
            if (fence != null || f.matches()) {
                if (fence == null) {
                    fence = f.group(1);
                } else if (body.startsWith(fence)) {
                    fence = null;
                }
                out.add(new Line(n, Type.FENCE, indent, 0, raw.stripTrailing()));
            } else {
                out.add(classify(n, indent, body));
            }
        }
        return out;
    }

    private static Line classify(int n, int indent, String body) {
        if (body.isEmpty()) {
            return new Line(n, Type.BLANK, indent, 0, "");
        }
        Matcher m = HEADING.matcher(body);
        if (indent <= 3 && m.matches()) {
            int level = body.indexOf(' ') < 0 ? body.length() : body.indexOf(' ');
            return new Line(n, Type.HEADING, indent, Math.min(level, 6), m.group(1));
        }
        if (indent <= 3 && RULE.matcher(body).matches()) {
            return new Line(n, Type.RULE, indent, 0, "");
        }
        m = LIST.matcher(body);
        if (m.matches()) {
            return new Line(n, Type.LIST, indent, 0, m.group(1).strip());
        }
        m = BOLD.matcher(body);
        if (indent <= 3 && m.matches() && !m.group(2).contains(m.group(1))) {
            return new Line(n, Type.BOLD, indent, 0, trimColon(m.group(2).strip()));
        }
        return new Line(n, Type.TEXT, indent, 0, body);
    }

    private static String trimColon(String s) {
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    boolean is(Type t) {
        return type == t;
    }
}
