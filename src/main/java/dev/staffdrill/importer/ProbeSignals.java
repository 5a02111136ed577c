package dev.staffdrill.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rubric signal (content/rubric.yaml) an interviewer's bullet tests, guessed from its words
 * like {@link Inference} guesses dimensions. The question's words count twice, the guidance's
 * once; a tie goes to the earlier signal below. A bullet with no signal words gets the lead signal
 * of its inferred dimension: imported items have no gap ids to fall back to.
 */
final class ProbeSignals {
    private static final int I = Pattern.CASE_INSENSITIVE;

    record Signal(String id, String dimension, Pattern words) {
    }

    // Words that ask for the signal, not numbers that merely appear: "slows from 1 ms to 200 ms" is
    // about a slow dependency, not about scale. Ordered within each dimension by how often a PART 16 bullet asks for it; the first is the lead signal.
    private static final List<Signal> SIGNALS = List.of(
            s("alternative-rejected", "A", "\\bwhy not\\b|\\binstead of\\b|\\balternatives?\\b|\\brather than\\b|\\breject\\w*"
                    + "|\\bversus\\b|\\bvs\\.?\\s|\\bcompar\\w*"),
            s("dominant-constraint", "A", "\\bconstraints?\\b|\\bdominant\\b|\\btrade[- ]?offs?\\b|\\bpriorit\\w*|\\bdecid\\w*"),
            s("decision-flip", "A", "\\bswitch(?:es|ed|ing)? to\\b|\\bwould (?:you )?change\\b|\\bwhat would make\\b"
                    + "|\\bat what point\\b|\\bunder what conditions?\\b|\\bflip\\w*"),
            s("invariant-named", "A", "\\binvariants?\\b|\\bconsisten\\w*|\\bexactly[- ]once\\b|\\bidempoten\\w*|\\buniqu\\w*"
                    + "|\\blineari[sz]ab\\w*|\\bfencing\\b|\\bcorrectness\\b|\\bdata model\\b|\\bsource of truth\\b|\\bordering\\b"),
            s("partial-failure", "B", "\\bslow\\w*|\\bgr[ae]y failures?\\b|\\bpartial\\w*|\\bone replica\\b|\\bfraction\\b"
                    + "|\\bintermittent\\w*|\\btimeouts?\\b|\\bpacket loss\\b|\\bflak\\w*|\\bpartition\\w*"),
            s("failure-timeline", "B", "\\btimeline\\b|\\bT\\s?\\+\\s?\\d|\\bwhat happens\\b|\\bmid-\\w+|\\bsequence\\b"
                    + "|\\bstep by step\\b|\\bdies\\b|\\bcrash\\w*|\\bfails? over\\b|\\bfailover\\b"),
            s("blast-radius", "B", "\\bblast radius\\b|\\baffected\\b|\\bimpact\\w*|\\bhow many (?:users|customers|requests|shards|regions)\\b"
                    + "|\\d+\\s?% of\\b|\\bwho (?:is|gets) hurt\\b"),
            s("degradation-mode", "B", "\\bdegrad\\w*|\\bfall ?backs?\\b|\\bread-only\\b|\\bstale\\b|\\bshed\\w*|\\brecover\\w*"
                    + "|\\bgraceful\\w*|\\bcircuit[- ]breakers?\\b|\\bbackpressure\\b|\\bretr(?:y|ies|ying)\\b"),
            s("quantified-scale", "C", "\\bqps\\b|\\brps\\b|\\bper second\\b|/s\\b|\\bthroughput\\b|\\bcapacity\\b"
                    + "|\\bhow (?:many|much)\\b|\\bp9\\d\\b"),
            s("growth-threshold", "C", "\\b\\d+\\s*[x×](?!\\w)|\\bgrow\\w*|\\bdoubl\\w*|\\bat what scale\\b|\\bceiling\\b|\\bbeyond\\b"),
            s("first-bottleneck", "C", "\\bbottlenecks?\\b|\\bbreaks? first\\b|\\bfirst to (?:break|fail|saturate)\\b"
                    + "|\\bhot ?(?:spots?|keys?|shards?)\\b|\\bsaturat\\w*|\\blimits?\\b"),
            s("dangerous-assumption", "C", "\\bassum\\w*|\\bif (?:that|this) (?:is|turns out) wrong\\b|\\brisk\\w*"),
            s("migration-path", "C", "\\bmigrat\\w*|\\broll ?outs?\\b|\\broll ?backs?\\b|\\bcut ?over\\b|\\bdual[- ]writ\\w*"
                    + "|\\bbackfill\\w*|\\bshadow\\w*|\\bcanar\\w*|\\bupgrad\\w*"),
            s("nonlinear-scaling", "C", "\\bfan[- ]?outs?\\b|\\bn²|\\bn\\^2\\b|\\bquadratic\\b|\\bcontention\\b|\\btail latency\\b"
                    + "|\\bamplif\\w*|\\bgossip\\b|\\bsuper-?linear\\b|\\bcoordination\\b"),
            s("cost-driver", "D", "\\bcosts?\\b|\\bcostly\\b|\\$\\s?\\d|\\bdollars?\\b|\\bspend\\w*|\\bbill\\w*|\\bpric(?:e|es|ing)\\b"
                    + "|\\bexpensive\\b|\\begress\\b"),
            s("cost-scaling", "D", "\\bcosts? (?:grows?|scales?)\\b|\\bretention\\b|\\bper (?:gb|request|month)\\b"
                    + "|\\bcost per\\b"),
            s("not-build", "D", "\\bnot build\\b|\\bdon't build\\b|\\bleave out\\b|\\boff[- ]the[- ]shelf\\b|\\bmanaged service\\b"
                    + "|\\bover-?engineer\\w*|\\bdo (?:you|we) (?:even )?need\\b|\\bbuy\\b"),
            s("cost-vs-benefit", "D", "\\bworth\\b|\\bpay for\\b|\\bjustif\\w*|\\broi\\b|\\bbenefits?\\b|\\bcheaper than\\b"),
            s("ownership", "E", "\\bowns?\\b|\\bowner\\w*|\\bwho (?:gets )?pag\\w*|\\bpaged\\b|\\bon-?call\\b|\\baccountab\\w*"
                    + "|\\bresponsib\\w*"),
            s("human-failure", "E", "\\bhumans?\\b|\\bmisconfigur\\w*|\\boperator error\\b|\\bfat[- ]finger\\w*|\\bmanual\\w*"
                    + "|\\bmistakes?\\b|\\bfatigue\\b"),
            s("runbook-action", "E", "\\brunbooks?\\b|\\bplaybooks?\\b|\\balerts?\\b|\\bwhat do they do\\b|\\bfirst step\\b"
                    + "|\\bmitigat\\w*|\\bdashboards?\\b"),
            s("cross-team", "E", "\\bteams\\b|\\bcross-team\\b|\\bother teams?\\b|\\bcontracts?\\b|\\brfcs?\\b|\\bstakeholders?\\b"));

    private static final Map<String, String> LEAD = Map.of("A", "alternative-rejected", "B", "partial-failure",
            "C", "quantified-scale", "D", "cost-driver", "E", "ownership");

    private ProbeSignals() {
    }

    private static Signal s(String id, String dimension, String regex) {
        return new Signal(id, dimension, Pattern.compile(regex, I));
    }

    /** The signal a bullet with this question and guidance tests. */
    static Signal infer(String question, String guidance) {
        Signal best = null;
        int bestScore = 0;
        for (Signal s : SIGNALS) {
            int score = 2 * hits(s.words(), question) + hits(s.words(), guidance);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        String lead = LEAD.get(Inference.dimensions(question, guidance).get(0));
        return SIGNALS.stream().filter(s -> s.id().equals(lead)).findFirst().orElseThrow();
    }

    private static int hits(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
