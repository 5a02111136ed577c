package dev.staffdrill.drill;

import dev.staffdrill.content.Rubric;
import dev.staffdrill.drill.DrillPages.TurnView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread read back after it ended, and what interviewers write down: which signals the learner
 * showed only under pushback ("surfaced after the probe") and which were in the first answer.
 * The grade's quotes say where each signal was shown: a quote found in the first answer counts
 * there; one found only in a reply counts for that reply.
 */
public final class ThreadViews {
    private ThreadViews() {
    }

    /** The closed turns, each with the signal its probe tested and what the reply did for it. */
    public static List<TurnView> turns(List<ThreadTurn> turns, String answer, Map<String, List<String>> quotes,
                                       Rubric rubric, boolean ended) {
        List<TurnView> out = new ArrayList<>();
        for (ThreadTurn t : turns) {
            if (t.open()) {
                continue;
            }
            String signal = ended ? label(rubric, t.signalId()) : "";
            String outcome = !ended ? "" : outcome(t, answer, quotes.getOrDefault(t.signalId(), List.of()));
            out.add(new TurnView(t.turn(), t.ask(), t.quote(), t.reply(), status(t), signal, outcome));
        }
        return out;
    }

    private static String status(ThreadTurn t) {
        if (t.unanswered()) {
            return DrillService.AT_TIME_LIMIT.equals(t.replyReason()) ? "Time ran out with no reply" : "Moved on without replying";
        }
        return DrillService.AT_TIME_LIMIT.equals(t.replyReason()) ? "Reply submitted at the time limit" : "Replied";
    }

    private static String outcome(ThreadTurn t, String answer, List<String> quotes) {
        if (quotes.stream().anyMatch(q -> contains(answer, q))) {
            return "already shown in the first answer";
        }
        if (quotes.stream().anyMatch(q -> contains(t.reply(), q))) {
            return "surfaced after the probe";
        }
        return t.unanswered() ? "not shown: no reply" : "still not shown after the probe";
    }

    /**
     * Signals the grade credits only to replies, never to the first answer: signal label → the turn
     * whose reply first showed it.
     */
    public static Map<String, Integer> surfaced(List<ThreadTurn> turns, String answer,
                                                Map<String, List<String>> quotes, Rubric rubric) {
        Map<String, Integer> out = new LinkedHashMap<>();
        quotes.forEach((signal, qs) -> {
            if (qs.stream().anyMatch(q -> contains(answer, q))) {
                return;
            }
            turns.stream().filter(t -> qs.stream().anyMatch(q -> contains(t.reply(), q))).findFirst()
                    .ifPresent(t -> out.put(label(rubric, signal), t.turn()));
        });
        return out;
    }

    static String label(Rubric rubric, String signalId) {
        return rubric.signal(signalId).map(Rubric.Signal::name).orElse(signalId);
    }

    /** Containment ignoring runs of whitespace: quotes keep the text's words, not always its line breaks. */
    static boolean contains(String text, String quote) {
        String q = quote == null ? "" : quote.replaceAll("\\s+", " ").strip();
        return q.length() >= 3 && text != null && text.replaceAll("\\s+", " ").contains(q);
    }
}
