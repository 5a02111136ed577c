package dev.staffdrill.importer;

/** Accumulates an item's prompt or guidance as Markdown: wrapped lines, paragraphs, bullets, code. */
final class Md {
    private final StringBuilder sb = new StringBuilder();

    boolean isEmpty() {
        return sb.toString().isBlank();
    }

    /** A wrapped line of the same paragraph or bullet. */
    void continueLine(String text) {
        sb.append(sb.length() == 0 ? "" : " ").append(text.strip());
    }

    void paragraph(String text) {
        if (!text.isBlank()) {
            sb.append(sb.length() == 0 ? "" : "\n\n").append(text.strip());
        }
    }

    void bullet(String text, int depth) {
        if (!text.isBlank()) {
            sb.append(sb.length() == 0 ? "" : "\n").append("  ".repeat(depth)).append("- ").append(text.strip());
        }
    }

    /** A line of a fenced code block, kept verbatim. */
    void raw(String line) {
        sb.append(sb.length() == 0 ? "" : "\n").append(line);
    }

    String text() {
        return sb.toString().strip();
    }
}
