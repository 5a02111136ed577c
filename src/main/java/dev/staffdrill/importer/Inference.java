package dev.staffdrill.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the importer guesses from words: a sub-group's kind, an item's target dimensions, the
 * chapters it mentions. Guesses only label items; they never add text. Instructors can edit
 * dimensions afterwards.
 */
final class Inference {
    private static final int I = Pattern.CASE_INSENSITIVE;
    // Ordered: "Failure injection exercises" is failure injection, not a generic exercise.
    private static final List<Map.Entry<String, Pattern>> GROUP_KINDS = List.of(
            Map.entry("what-if", Pattern.compile("\\bwhat[- ]?if\\b", I)),
            Map.entry("redesign", Pattern.compile("\\bredesign", I)),
            Map.entry("failure-injection", Pattern.compile("\\bfailure[- ]injection|\\binject|\\bchaos\\b", I)),
            Map.entry("trade-off", Pattern.compile("\\btrade[- ]?offs?\\b|\\bdebates?\\b", I)),
            Map.entry("exercise", Pattern.compile("\\b(?:exercises?|brainstorm\\w*|questions?|scenarios?|drills?"
                    + "|challenges?|stress[- ]tests?|thought experiments?)\\b", I)));
    private static final List<Map.Entry<String, Pattern>> ITEM_KINDS = List.of(
            Map.entry("what-if", Pattern.compile("^what(?:'s| happens)?\\s+if\\b", I)),
            Map.entry("redesign", Pattern.compile("^redesign\\b", I)),
            Map.entry("failure-injection", Pattern.compile("^(?:inject|kill|failure injection|simulate)\\b", I)),
            Map.entry("trade-off", Pattern.compile("^(?:argue|debate|trade[- ]?off)\\b", I)));
    private static final Map<String, Pattern> DIMENSIONS = Map.of(
            "A", Pattern.compile("\\btrade[- ]?offs?\\b|\\balternatives?\\b|\\bchoos(?:e|ing)\\b|\\bchoice\\b|\\bargue\\b"
                    + "|\\bwhy not\\b|\\bdecid\\w*|\\bdecision\\w*|\\bjustif\\w*|\\breject\\w*|\\bshould (?:you|we)\\b"
                    + "|\\bversus\\b|\\bvs\\.?\\s", I),
            "B", Pattern.compile("\\bfail\\w*|\\boutages?\\b|\\bpartition\\w*|\\bretr(?:y|ies|ying)\\b|\\bblast\\b"
                    + "|\\bcascad\\w*|\\bdegrad\\w*|\\btimeouts?\\b|\\bcrash\\w*|\\bdies\\b|\\bdead\\b|\\bincidents?\\b"
                    + "|\\bpoison\\b|\\brecover\\w*|\\bcorrupt\\w*|\\bsplit[- ]brain\\b|\\bslow\\w*|\\berror rates?\\b"
                    + "|\\bpacket loss\\b|\\bhealth checks?\\b|\\bkill\\w*|\\binject\\w*|\\bpaus(?:e|es|ed|ing)\\b", I),
            "C", Pattern.compile("\\bscal(?:e|es|ed|ing)\\b|\\b\\d+\\s*[x×](?!\\w)|\\bqps\\b|\\brps\\b|\\bgrowth\\b|\\bgrows?\\b|\\bdoubl\\w*"
                    + "|\\bbottlenecks?\\b|\\bthroughput\\b|\\bload\\b|\\btraffic\\b|\\bper (?:second|day)\\b|/(?:s|sec|day)\\b"
                    + "|\\bdau\\b|\\bmigrat\\w*|\\bevol\\w*|\\bbreaks? first\\b|\\blatency\\b|\\bp9\\d\\b|\\bvolume\\b", I),
            "D", Pattern.compile("\\bcosts?\\b|\\bcostly\\b|\\$\\s?\\d|\\bdollars?\\b|\\bbudget\\w*|\\bspend\\w*|\\bexpensive\\b"
                    + "|\\bcheap\\w*|\\bpric(?:e|es|ing)\\b|\\bbill(?:s|ing)?\\b|\\befficien\\w*|\\bover-?engineer\\w*", I),
            "E", Pattern.compile("\\bteams?\\b|\\bowner\\w*|\\bowns?\\b|\\bon-?call\\b|\\brunbooks?\\b|\\bhuman\\b"
                    + "|\\boperators?\\b|\\bpaging\\b|\\bpages (?:whom|the on-?call)\\b|\\bwho pages\\b|\\bpostmortems?\\b|\\bpost-mortems?\\b"
                    + "|\\bmisconfigur\\w*|\\borgani[sz]ational\\b|\\bcross-team\\b|\\bengineers?\\b", I));
    private static final Pattern CHAPTER_REF = Pattern.compile(
            "\\b(?:chapters?|ch\\.?)\\s*(\\d{1,3}(?:\\s*(?:/|,|&|and|or)\\s*\\d{1,3})*)", I);

    private Inference() {
    }

    /** The kind a PART 18 / STEP 5 sub-group heading names, if it names one. */
    static Optional<String> groupKind(String heading) {
        String p = ItemText.plain(heading);
        return GROUP_KINDS.stream().filter(e -> e.getValue().matcher(p).find()).map(Map.Entry::getKey).findFirst();
    }

    /** An ungrouped PART 18 item's kind, from how its own text opens ("What if …", "Redesign …"). */
    static String itemKind(String title, String prompt) {
        for (String text : List.of(ItemText.plain(title), ItemText.plain(prompt))) {
            for (var e : ITEM_KINDS) {
                if (e.getValue().matcher(text).find()) {
                    return e.getKey();
                }
            }
        }
        return "exercise";
    }

    /**
     * One to three target dimensions, those with most keyword hits first. The question itself
     * decides; the guidance is consulted only when the question names none. Judgment (A) is the
     * fallback: every follow-up asks for a decision.
     */
    static List<String> dimensions(String question, String guidance) {
        List<String> dims = ranked(question);
        if (dims.isEmpty()) {
            dims = ranked(guidance);
        }
        return dims.isEmpty() ? List.of("A") : dims;
    }

    private static List<String> ranked(String text) {
        List<String> hit = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (var e : DIMENSIONS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                counts.put(e.getKey(), n);
                hit.add(e.getKey());
            }
        }
        hit.sort(Comparator.comparing((String d) -> -counts.get(d)).thenComparing(d -> d));
        List<String> top = new ArrayList<>(hit.subList(0, Math.min(3, hit.size())));
        top.sort(Comparator.naturalOrder());
        return List.copyOf(top);
    }

    /** Chapter numbers mentioned in the text ("Chapter 14/20", "Chapters 14, 15, 20"), in order, once each. */
    static List<Integer> chapterRefs(String text) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = CHAPTER_REF.matcher(text);
        while (m.find()) {
            for (String n : m.group(1).split("\\D+")) {
                if (!n.isEmpty()) {
                    out.add(Integer.parseInt(n));
                }
            }
        }
        return List.copyOf(out);
    }
}
