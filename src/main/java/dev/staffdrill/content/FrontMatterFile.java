package dev.staffdrill.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Markdown file with YAML front matter, split into its parts with line numbers kept so that
 * every problem can be reported as {@code file:line: what}.
 */
final class FrontMatterFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final String name;
    final JsonNode meta;
    private final List<String> metaLines; // front matter lines; metaLines.get(i) is file line i + 2
    final List<String> bodyLines;
    final int bodyStart; // file line number of bodyLines.get(0)
    private final List<String> problems;
    String version = "";

    private FrontMatterFile(String name, JsonNode meta, List<String> metaLines, List<String> bodyLines,
                            int bodyStart, List<String> problems) {
        this.name = name;
        this.meta = meta;
        this.metaLines = metaLines;
        this.bodyLines = bodyLines;
        this.bodyStart = bodyStart;
        this.problems = problems;
    }

    /** Parses the text; on a structural problem records it and returns empty. */
    static Optional<FrontMatterFile> parse(String name, String text, List<String> problems) {
        return split(name, text).into(problems);
    }

    /**
     * The text split into front matter (parsed) and body, touching no shared state, so that files
     * can be parsed on several threads and their problems still listed in file order by {@link Split#into}.
     */
    static Split split(String name, String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Split.problem(name + ":1: must start with a '---' line opening the YAML front matter");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return Split.problem(name + ":1: front matter is never closed: add a '---' line after it");
        }
        List<String> metaLines = lines.subList(1, close);
        JsonNode meta;
        try {
            meta = YAML.readTree(String.join("\n", metaLines));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            return Split.problem(name + ":" + line + ": invalid YAML: " + oneLine(e.getOriginalMessage()));
        }
        if (meta == null || !meta.isObject()) {
            return Split.problem(name + ":2: front matter must be a YAML mapping of key: value lines");
        }
        return new Split(name, meta, metaLines, lines.subList(close + 1, lines.size()), close + 2, null);
    }

    /** A file split by {@link #split}: its parts, or the one structural problem that stopped it. */
    record Split(String name, JsonNode meta, List<String> metaLines, List<String> bodyLines, int bodyStart,
                 String problem) {
        static Split problem(String problem) {
            return new Split(null, null, null, null, 0, problem);
        }

        /** The file, reporting its later problems to {@code problems}; or empty, its problem recorded there. */
        Optional<FrontMatterFile> into(List<String> problems) {
            if (problem != null) {
                problems.add(problem);
                return Optional.empty();
            }
            return Optional.of(new FrontMatterFile(name, meta, metaLines, bodyLines, bodyStart, problems));
        }
    }

    /** SnakeYAML's messages span several lines with source excerpts; keep the sentences only. */
    static String oneLine(String message) {
        return message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.equals("^"))
                .filter(l -> !l.startsWith("^"))
                .reduce((a, b) -> a + "; " + b).orElse(message)
                .replaceAll("; [^;]*\\^", "");
    }

    /** The file line where {@code key:} appears in the front matter (line 1 if absent). */
    int lineOf(String key) {
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:");
        for (int i = 0; i < metaLines.size(); i++) {
            if (p.matcher(metaLines.get(i)).find()) {
                return i + 2;
            }
        }
        return 1;
    }

    /**
     * The file line of item {@code n} (1-based) of the block list under {@code key:}; the key's own
     * line when the list is written inline ({@code key: [a, b]}) or the item cannot be found.
     */
    int lineOfItem(String key, int n) {
        List<Integer> items = itemLines(key);
        return n >= 1 && n <= items.size() ? items.get(n - 1) : lineOf(key);
    }

    /**
     * The file lines where the items of the block list under {@code key:} start. Only dashes at the
     * indentation of the first item count, so a list nested inside an item (a probe's block-style
     * {@code cue:}) is not taken for the next item.
     */
    List<Integer> itemLines(String key) {
        int keyLine = lineOf(key);
        List<Integer> out = new ArrayList<>();
        int indent = -1;
        for (int i = keyLine - 1; keyLine > 1 && i < metaLines.size(); i++) { // metaLines(i) is line i + 2
            String l = metaLines.get(i);
            if (!l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("-")) {
                break; // the next top-level key
            }
            String s = l.strip();
            if (s.startsWith("- ") || s.equals("-")) {
                int at = l.indexOf('-');
                if (indent < 0) {
                    indent = at;
                }
                if (at == indent) {
                    out.add(i + 2);
                }
            }
        }
        return out;
    }

    /**
     * The file line of {@code field:} inside item {@code n} of the block list under {@code key:};
     * the item's first line when the field is absent or written inline.
     */
    int lineOfItemField(String key, int n, String field) {
        List<Integer> items = itemLines(key);
        if (n < 1 || n > items.size()) {
            return lineOf(key);
        }
        int from = items.get(n - 1);
        int to = n < items.size() ? items.get(n) : metaLines.size() + 2;
        Pattern p = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(field) + "\\s*:");
        for (int line = from; line < to; line++) {
            String l = metaLines.get(line - 2);
            if (line > from && !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("-")) {
                break;
            }
            if (p.matcher(l).find()) {
                return line;
            }
        }
        return from;
    }

    /** The first front matter line at or after {@code from} that contains {@code text}; {@code from} if none. */
    int lineContaining(int from, String text) {
        for (int line = Math.max(from, 2); line - 2 < metaLines.size(); line++) {
            if (metaLines.get(line - 2).contains(text)) {
                return line;
            }
        }
        return from;
    }

    void problem(String key, String what) {
        problems.add(name + ":" + lineOf(key) + ": " + what);
    }

    void problemAt(int line, String what) {
        problems.add(name + ":" + line + ": " + what);
    }

    void rejectUnknownKeys(Set<String> allowed) {
        Iterator<String> it = meta.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problem(k, "unknown key '" + k + "' (expected one of " + String.join(", ", allowed) + ")");
            }
        }
    }

    Optional<String> text(String key) {
        JsonNode n = meta.get(key);
        if (n == null || n.isNull() || n.isContainerNode() || n.asText().isBlank()) {
            problem(key, "'" + key + "' is required");
            return Optional.empty();
        }
        return Optional.of(n.asText().strip());
    }

    Optional<Integer> integer(String key) {
        JsonNode n = meta.get(key);
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
            problem(key, "'" + key + "' must be a whole number");
            return Optional.empty();
        }
        return Optional.of(n.intValue());
    }

    /** A list of scalars; an absent key is an empty list, a scalar is a list of one. */
    List<String> list(String key) {
        JsonNode n = meta.get(key);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(e -> out.add(e.asText().strip()));
        } else if (n.isValueNode()) {
            out.add(n.asText().strip());
        } else {
            problem(key, "'" + key + "' must be a list like [a, b]");
        }
        return out;
    }

    String body() {
        return String.join("\n", bodyLines).strip();
    }

    /** Splits the body at level-2 headings; the part before the first heading is keyed "". */
    List<Section> sections() {
        List<Section> out = new ArrayList<>();
        String heading = "";
        int headingLine = bodyStart;
        StringBuilder sb = new StringBuilder();
        boolean inFence = false;
        for (int i = 0; i < bodyLines.size(); i++) {
            String l = bodyLines.get(i);
            if (l.strip().startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && l.startsWith("## ")) {
                out.add(new Section(heading, headingLine, sb.toString().strip()));
                heading = l.substring(3).strip().toLowerCase(Locale.ROOT);
                headingLine = bodyStart + i;
                sb.setLength(0);
            } else {
                sb.append(l).append('\n');
            }
        }
        out.add(new Section(heading, headingLine, sb.toString().strip()));
        return out;
    }

    record Section(String heading, int line, String text) {
    }
}
