package dev.staffdrill.grading.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence is real reasoning rather than a bare list of terms. A signal only earns
 * credit in a real sentence: enough words, a verb, not a comma-separated term list, and not
 * the same few words repeated. This is what keeps a keyword-stuffed answer from grading Strong.
 */
final class SentenceQuality {
    static final int MIN_WORDS = 5;
    private static final double MIN_VARIETY = 0.5;
    private static final Set<String> VERBS = verbs();

    private SentenceQuality() {
    }

    static boolean real(Sentence s) {
        List<String> w = s.words();
        if (w.size() < MIN_WORDS || termList(s.lower())) {
            return false;
        }
        if (w.size() >= 12 && new HashSet<>(w).size() < MIN_VARIETY * w.size()) {
            return false;
        }
        return hasVerb(w);
    }

    /** Three or more comma/semicolon/pipe segments, most of them one or two words: a term list. */
    static boolean termList(String lower) {
        int separators = 0;
        for (int i = 0; i < lower.length() && separators < 2; i++) {
            char c = lower.charAt(i);
            if (c == ',' || c == ';' || c == '|' || c == '•' || c == '·') {
                separators++;
            }
        }
        if (separators < 2) {
            return false;
        }
        String[] parts = lower.split("[,;|•·]+");
        if (parts.length < 3) {
            return false;
        }
        int shortOnes = 0;
        for (String p : parts) {
            if (Sentence.words(p).size() <= 2) {
                shortOnes++;
            }
        }
        return shortOnes >= 0.6 * parts.length;
    }

    static boolean hasVerb(List<String> words) {
        for (String w : words) {
            if (VERBS.contains(w) || w.endsWith("n't") || w.endsWith("'d") || w.endsWith("'ll")
                    || w.endsWith("'re") || w.endsWith("'ve")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> verbs() {
        Set<String> v = new HashSet<>(List.of(
                // pronoun subjects almost always carry a verb in the same sentence
                "we", "i", "they", "you",
                "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done",
                "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
                "go", "goes", "went", "gone", "take", "takes", "took", "taken", "break", "breaks", "broke", "broken",
                "lose", "loses", "lost", "get", "gets", "got", "become", "becomes", "became", "give", "gives", "gave",
                "given", "run", "runs", "ran", "keep", "keeps", "kept", "hold", "holds", "held", "fall", "falls",
                "fell", "fallen", "grow", "grows", "grew", "grown", "know", "knows", "knew", "see", "sees", "saw",
                "seen", "pay", "pays", "paid", "send", "sends", "sent", "spend", "spends", "spent", "build",
                "builds", "built", "write", "writes", "wrote", "written", "read", "reads", "lead", "leads", "led",
                "choose", "chooses", "chose", "chosen", "rise", "rises", "rose", "throw", "throws", "threw",
                "thrown", "put", "puts", "set", "sets", "cut", "cuts", "hit", "hits", "let", "lets", "shut", "cost",
                "costs", "split", "splits", "win", "wins", "won", "mean", "means", "meant", "leave", "leaves",
                "left", "find", "finds", "found", "bring", "brings", "brought", "wake", "wakes", "woke", "sleep",
                "sleeps", "slept", "die", "dies", "died", "dying", "lie", "lies", "it's", "that's", "what's",
                "there's", "here's", "who's", "let's"));
        String bases = "accept add affect allow alert apply assume avoid back batch block buffer burn buy cache call cap "
                + "catch change check choose clean climb close commit compact compare compress consider consume "
                + "contain copy count crash create cross decide decline defer degrade delay delete deliver demote "
                + "depend deploy detect disable double drain drop duplicate elect enable end ensure estimate evict "
                + "exceed expect expire explain fail fence fetch fire fix flag flip flush follow force fork handle "
                + "hang happen hash hedge help hide identify ignore improve include increase index invalidate "
                + "isolate join jump kill land last limit lock log look lower maintain manage match merge migrate "
                + "miss monitor move need notice notify open operate order overload own page partition pause "
                + "pick plan poll prefer prevent process promote protect prove provision push queue raise reach "
                + "rebalance rebuild receive recover reduce refuse reject rely remove repair replace replay "
                + "replicate report require reroute reset resize resolve respond restart restore resume retry "
                + "return revert revisit roll rotate route save scale schedule serve shard shed shift ship show "
                + "shrink sign skip slow snapshot solve spike spread stall start stay stop store stream submit "
                + "succeed suffer support suspect switch sync tail throttle time track trade trigger triple trust "
                + "try turn update upgrade use validate verify wait want warn watch work worry wrap";
        for (String b : bases.split(" ")) {
            v.add(b);
            v.add(b + "s");
            v.add(b + "es");
            v.add(b + "ed");
            v.add(b + "d");
            v.add(b + "ing");
            if (b.endsWith("e")) {
                v.add(b.substring(0, b.length() - 1) + "ing");
            }
            if (b.endsWith("y")) {
                String stem = b.substring(0, b.length() - 1);
                v.add(stem + "ies");
                v.add(stem + "ied");
            }
            char last = b.charAt(b.length() - 1);
            if ("bdglmnprt".indexOf(last) >= 0) {
                v.add(b + last + "ed");
                v.add(b + last + "ing");
            }
        }
        return Set.copyOf(v);
    }
}
