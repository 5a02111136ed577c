package dev.staffdrill.grading.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words that carry meaning in a text, for comparing an answer with questions: lower-cased,
 * stop words dropped, a light suffix stemmer ("replicas" and "replica", "sharding" and "shard"
 * meet), and numbers kept without separators ("8,000" and "8000" meet), because a scenario's
 * figures are among the most telling words it has.
 */
final class Terms {
    private static final Set<String> STOP = new java.util.HashSet<>(java.util.Arrays.asList(("a about above after again against all also am an and any are "
            + "as at be because been before being below between both but by can could did do does doing done down "
            + "during each either else even ever every few for from further get gets got had has have having he her "
            + "here hers him his how i i'd i'll i'm i've if in into is it it's its itself just let like made make "
            + "makes many may me might more most much must my no nor not now of off on once one only or other our "
            + "ours out over own per same she should so some such than that that's the their theirs them then there "
            + "these they this those though through thus to too under until up upon us very was way we we'd we'll "
            + "we're we've well were what when where which while who whom why will with within without would yet you "
            + "your yours don't doesn't isn't aren't won't can't wouldn't shouldn't didn't it'll there's say says "
            + "said want wants need needs use used using think thing things lot lots really still already e g i e "
            + "vs etc ok okay yes s t x").split(" ")));

    private Terms() {
    }

    /** The meaningful terms of {@code text}, stemmed, in order (repeats kept). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        String s = text.toLowerCase(java.util.Locale.ROOT);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || (s.charAt(i) == '\'' || s.charAt(i) == '’')
                        && i + 1 < n && Character.isLetter(s.charAt(i + 1)))) {
                    i++;
                }
                String w = s.substring(start, i).replace('’', '\'');
                if (!STOP.contains(w) && w.length() > 1) {
                    out.add(stem(w));
                }
            } else if (Character.isDigit(c)) {
                StringBuilder num = new StringBuilder();
                while (i < n && (Character.isDigit(s.charAt(i)) || (s.charAt(i) == ',' || s.charAt(i) == '.')
                        && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                    if (s.charAt(i) != ',') {
                        num.append(s.charAt(i));
                    }
                    i++;
                }
                if (num.length() > 1 || !num.toString().equals("0") && !num.toString().equals("1")) {
                    out.add("#" + num);
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** A light stemmer: plural, past and gerund endings, "-ly", "'s". Good enough to match word families. */
    static String stem(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n > 5 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, n - 3));
        }
        if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            return undouble(w.substring(0, n - 2));
        }
        if (n > 4 && w.endsWith("ly")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        if (n > 4 && w.endsWith("e")) {
            return w.substring(0, n - 1); // "replicate"/"replicated" meet at "replicat"
        }
        return w;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdglmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        if (n > 3 && s.endsWith("e")) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
