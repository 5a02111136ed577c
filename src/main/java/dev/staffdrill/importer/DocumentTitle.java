package dev.staffdrill.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chapter a file is about: "# Chapter 14: Consistency Models" (its first heading or any
 * level-1 heading), else a name like {@code ch14.md} or {@code Chapter_14.md}. No number is a
 * valid answer: a master review spans several chapters and its items say which they lean on.
 */
record DocumentTitle(Integer chapter, String title) {
    private static final Pattern CHAPTER_HEADING = Pattern.compile(
            "\\(?\\bchapter\\s+(\\d{1,3})\\b\\)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAPTER_FILE = Pattern.compile(
            "(?:^|[^a-z])(?:ch|chapter)[ _-]?(\\d{1,3})(?!\\d)", Pattern.CASE_INSENSITIVE);

    static DocumentTitle of(String fileName, List<Line> lines, Integer override) {
        List<Line> headings = lines.stream().filter(l -> l.is(Line.Type.HEADING)).toList();
        String first = headings.isEmpty() ? fileName : ItemText.plain(headings.get(0).text());
        for (int i = 0; i < headings.size(); i++) {
            Line h = headings.get(i);
            if (i > 0 && h.level() != 1) {
                continue;
            }
            String text = ItemText.plain(h.text());
            Matcher m = CHAPTER_HEADING.matcher(text);
            if (m.find()) {
                // "Chapter 16: Leader Election" and "Replication — enrichment (Chapter 15)" both name the title.
                String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip()
                        .replaceAll("^[\\s:.—–-]+|[\\s:.—–-]+$", "");
                String title = rest.isEmpty() ? text : rest;
                return new DocumentTitle(override != null ? override : Integer.valueOf(m.group(1)), title);
            }
        }
        if (override != null) {
            return new DocumentTitle(override, first);
        }
        String base = fileName.replace('\\', '/');
        Matcher m = CHAPTER_FILE.matcher(base.substring(base.lastIndexOf('/') + 1));
        return new DocumentTitle(m.find() ? Integer.valueOf(m.group(1)) : null, first);
    }
}
