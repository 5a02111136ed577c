package dev.staffdrill.grading.offline;

import java.util.List;
import java.util.Set;

/**
 * Whether a sentence reasons, and whether a whole answer does. A rubric signal only counts in a
 * sentence that reasons: a predicate with enough words around it ({@link SentenceQuality}), and
 * never a "Label: fragment" line such as "Decision flips: at higher scale." — the part after a
 * short label must itself be a clause (a subject with an auxiliary or modal, a pronoun, or a
 * because/so/instead/unless/if structure). An answer made mostly of such fragments is a list of
 * rubric headings, not an argument.
 */
final class Reasoning {
    /** A label before a colon has at most this many words ("Failure timeline:", "Dominant constraint:"). */
    static final int LABEL_WORDS = 4;
    static final int CLAUSE_WORDS = 6;
    /** LIST_NOT_REASONING: at least this share of an answer's lines are fragments ... */
    static final double FRAGMENT_SHARE = 0.6;
    /** ... or this share, with few words per line on average. */
    static final double FRAGMENT_SHARE_SHORT = 0.4;
    static final double SHORT_LINE_WORDS = 10;

    private static final Set<String> CLAUSE = Set.of("i", "we", "they", "you", "he", "she", "it", "is", "are",
            "was", "were", "be", "been", "am", "will", "would", "can", "could", "should", "must", "may", "might",
            "shall", "do", "does", "did", "has", "have", "had", "because", "since", "so", "instead", "unless",
            "rather", "if", "when", "once", "which", "that", "then", "until", "while", "whereas", "although",
            "means", "it's", "that's", "there's", "what's", "let's");

    private Reasoning() {
    }

    enum Kind { REASONING, FRAGMENT, HEADING }

    static Kind kind(Sentence s) {
        List<String> w = s.words();
        String text = s.lower().strip();
        if (w.size() <= 3 && !text.endsWith(".")) {
            return w.isEmpty() ? Kind.HEADING : labelOnly(text) ? Kind.HEADING : Kind.FRAGMENT;
        }
        int colon = labelColon(text);
        if (colon >= 0) {
            List<String> rest = Sentence.words(text.substring(colon + 1));
            boolean argued = clause(rest) || rest.size() >= 10 && SentenceQuality.hasVerb(rest);
            return rest.size() >= CLAUSE_WORDS && argued && SentenceQuality.real(s) ? Kind.REASONING : Kind.FRAGMENT;
        }
        if (!SentenceQuality.real(s)) {
            return Kind.FRAGMENT;
        }
        if (w.size() < 8 && !clause(w)) {
            return Kind.FRAGMENT; // "Trade-off consistency vs availability vs cost."
        }
        return Kind.REASONING;
    }

    static boolean reasons(Sentence s) {
        return kind(s) == Kind.REASONING;
    }

    /** An answer that is mostly fragments: lines of labels and terms rather than sentences. */
    static boolean mostlyFragments(List<Sentence> sentences) {
        int lines = 0;
        int fragments = 0;
        int words = 0;
        for (Sentence s : sentences) {
            Kind k = kind(s);
            if (k == Kind.HEADING) {
                continue;
            }
            lines++;
            words += s.words().size();
            if (k == Kind.FRAGMENT) {
                fragments++;
            }
        }
        if (lines < 3) {
            return false;
        }
        double share = fragments / (double) lines;
        double perLine = words / (double) lines;
        return share >= FRAGMENT_SHARE || share >= FRAGMENT_SHARE_SHORT && perLine < SHORT_LINE_WORDS;
    }

    /** Where a short leading label ends with a colon ("blast radius: ..."), or -1. */
    static int labelColon(String lower) {
        int colon = lower.indexOf(':');
        for (String dash : new String[]{" - ", " — ", " – "}) { // "Blast radius - 2/3 of reads" is the same shape
            int d = lower.indexOf(dash);
            if (d > 0 && (colon < 0 || d < colon)) {
                colon = d + 1;
            }
        }
        if (colon <= 0) {
            return -1;
        }
        String head = lower.substring(0, colon);
        if (head.matches(".*\\d$") && lower.charAt(colon) == ':') {
            return -1; // a time such as 14:05
        }
        List<String> w = Sentence.words(head);
        return !w.isEmpty() && w.size() <= LABEL_WORDS && !clause(w) ? colon : -1;
    }

    /** "Timeline", "What I change:" — a heading; "blast radius 5% users" — a fragment. */
    private static boolean labelOnly(String text) {
        return text.endsWith(":") || !text.contains(",") && !text.matches("(?s).*\\d.*");
    }

    static boolean clause(List<String> words) {
        for (String w : words) {
            if (CLAUSE.contains(w) || w.endsWith("n't") || w.endsWith("'d") || w.endsWith("'ll") || w.endsWith("'re")
                    || w.endsWith("'ve")) {
                return true;
            }
        }
        return false;
    }
}
