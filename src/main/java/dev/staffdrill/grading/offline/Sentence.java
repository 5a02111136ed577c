package dev.staffdrill.grading.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence of an answer: where it sits in the original text (so quotes stay verbatim), its
 * lower-cased text for matching, and its words.
 */
record Sentence(int start, int end, String text, String lower, List<String> words) {

    static Sentence of(String answer, int start, int end) {
        String text = answer.substring(start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        return new Sentence(start, end, text, lower, words(lower));
    }

    /** Letters with inner apostrophes or dashes ("we'd", "read-only"); digits are not words. */
    static List<String> words(String lower) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(lower.charAt(i))
                    || (lower.charAt(i) == '\'' || lower.charAt(i) == '-' || lower.charAt(i) == '’')
                    && i + 1 < n && Character.isLetter(lower.charAt(i + 1)))) {
                i++;
            }
            if (i > s) {
                out.add(lower.substring(s, i).replace('’', '\''));
            }
        }
        return out;
    }

    /** A verbatim piece of the sentence of at most {@code max} chars, around {@code at}, cut at spaces. */
    String quote(int at, int max) {
        if (text.length() <= max) {
            return text;
        }
        int from = Math.max(0, Math.min(at - max / 3, text.length() - max));
        int to = Math.min(text.length(), from + max);
        while (from > 0 && from < to && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String q = text.substring(from, to).strip();
        return q.isEmpty() ? text.substring(0, max) : q;
    }
}
