package dev.staffdrill.grading.llm;

import java.util.Optional;

/**
 * Finds an LLM's evidence quote in the answer, ignoring differences in whitespace, and returns the
 * answer's own text for it: a quote shown to the learner is always a verbatim piece of what they
 * wrote. Built once per answer.
 */
final class QuoteMatcher {
    private static final String WRAPPING = "\"'“”‘’«»`";
    private final String answer;
    private final String normalized;
    private final int[] origin; // normalized index -> answer index

    QuoteMatcher(String answer) {
        this.answer = answer;
        StringBuilder sb = new StringBuilder(answer.length());
        int[] map = new int[answer.length() + 1];
        boolean space = true; // drops leading whitespace
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    map[sb.length()] = i;
                    sb.append(' ');
                    space = true;
                }
            } else {
                map[sb.length()] = i;
                sb.append(c);
                space = false;
            }
        }
        this.normalized = sb.toString();
        this.origin = map;
    }

    Optional<String> locate(String quote) {
        String q = collapse(trimWrapping(quote));
        if (q.length() < 3) {
            return Optional.empty();
        }
        int at = normalized.indexOf(q);
        if (at < 0) {
            return Optional.empty();
        }
        int start = origin[at];
        int end = origin[at + q.length() - 1] + 1;
        return Optional.of(answer.substring(start, end));
    }

    /** Models like to wrap quotes in quotation marks or ellipses; those are not part of the quote. */
    private static String trimWrapping(String s) {
        String t = s.strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            if (t.startsWith("...") || t.startsWith("…")) {
                t = t.substring(t.startsWith("…") ? 1 : 3).strip();
                changed = true;
            }
            if (t.endsWith("...") || t.endsWith("…")) {
                t = t.substring(0, t.length() - (t.endsWith("…") ? 1 : 3)).strip();
                changed = true;
            }
            if (!t.isEmpty() && WRAPPING.indexOf(t.charAt(0)) >= 0) {
                t = t.substring(1).strip();
                changed = true;
            }
            if (!t.isEmpty() && WRAPPING.indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
