package dev.staffdrill.grading.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an answer into sentences. Lines are first grouped into blocks (a blank line or a bullet
 * starts a new one, so a wrapped paragraph stays whole and each bullet stands alone); a block
 * then ends a sentence at . ! ? followed by a space and a capital, digit or quote, unless the
 * word before is an abbreviation ("e.g.", "vs."). Offsets always point into the original answer.
 * (The JDK's BreakIterator did the same job three times slower.)
 */
final class Sentences {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•>]|\\d{1,2}[.)]|#{1,6})\\s+");
    /** "Blast radius - …" or "Timeline: …" at a line start: a new line of a list, even without a bullet. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*\\**[A-Za-z][A-Za-z0-9'’/& ()-]{0,40}?\\**"
            + "(?::\\s|\\s[-—–]\\s)");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "approx", "cf", "dr", "mr",
            "mrs", "ms", "no", "fig", "eg", "ie", "resp", "incl", "min", "max", "avg", "est");

    private Sentences() {
    }

    static List<Sentence> split(String answer) {
        List<Sentence> out = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int pos = 0;
        while (pos <= answer.length()) {
            int nl = answer.indexOf('\n', pos);
            int lineEnd = nl < 0 ? answer.length() : nl;
            boolean blank = answer.substring(pos, lineEnd).isBlank();
            Matcher bullet = BULLET.matcher(answer).region(pos, lineEnd);
            boolean startsBlock = !blank && (bullet.lookingAt()
                    || LABEL_LINE.matcher(answer).region(pos, lineEnd).lookingAt());
            if ((blank || startsBlock) && blockStart >= 0) {
                emit(answer, blockStart, blockEnd, out);
                blockStart = -1;
            }
            if (!blank) {
                if (blockStart < 0) {
                    blockStart = startsBlock && bullet.lookingAt() ? bullet.end() : pos;
                }
                blockEnd = lineEnd;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (blockStart >= 0) {
            emit(answer, blockStart, blockEnd, out);
        }
        return out;
    }

    private static void emit(String answer, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = answer.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(answer, from, i, to)) {
                add(answer, start, i + 1, out);
                start = i + 1;
            }
        }
        add(answer, start, to, out);
    }

    private static boolean endsSentence(String text, int from, int i, int to) {
        int j = i + 1;
        while (j < to && (text.charAt(j) == '"' || text.charAt(j) == ')' || text.charAt(j) == '”')) {
            j++;
        }
        if (j >= to || !Character.isWhitespace(text.charAt(j))) {
            return false; // "2.5", "e.g.the", or the block's end (handled by the caller)
        }
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        char next = j < to ? text.charAt(j) : 'A';
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"'“(-$".indexOf(next) >= 0)) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        return !ABBREVIATIONS.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String answer, int a, int b, List<Sentence> out) {
        while (a < b && Character.isWhitespace(answer.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(answer.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(Sentence.of(answer, a, b));
        }
    }
}
