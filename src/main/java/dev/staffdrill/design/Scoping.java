package dev.staffdrill.design;

import dev.staffdrill.content.OpenRound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a learner scoped an open round: the facts they asked for, in order, which of them came
 * before any answer text existed ("before designing"), against the authored ask-first set. Pure
 * arithmetic over what is stored, so the verdict reads the same whenever it is shown again.
 */
public record Scoping(List<Asked> asked, int askFirstTotal, int askFirstBeforeDesign, List<String> askFirstMissed,
                      List<String> askFirstLate, int othersBeforeDesign, String verdict, String level) {

    /** One ask: the {@code seq}-th, {@code at} (m:ss) after the round opened. */
    public record Asked(int seq, String label, String at, boolean beforeDesign, boolean askFirst) {
    }

    public static Scoping of(OpenRound round, List<OpenRoundRepository.Ask> asks, Instant openedAt) {
        Map<String, OpenRound.Fact> facts = new HashMap<>();
        round.facts().forEach(f -> facts.put(f.id(), f));
        Map<String, OpenRoundRepository.Ask> byFact = new HashMap<>();
        List<Asked> asked = new ArrayList<>();
        for (OpenRoundRepository.Ask a : asks) {
            OpenRound.Fact f = facts.get(a.factId());
            if (f == null) {
                continue; // cannot happen for a stored round; never shown as a fact it is not
            }
            byFact.put(f.id(), a);
            asked.add(new Asked(a.seq(), f.label(), clock(openedAt, a.askedAt()), a.beforeDesign(), f.askFirst()));
        }
        int total = 0;
        int before = 0;
        List<String> missed = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (OpenRound.Fact f : round.facts()) {
            if (!f.askFirst()) {
                continue;
            }
            total++;
            OpenRoundRepository.Ask a = byFact.get(f.id());
            if (a == null) {
                missed.add(f.label());
            } else if (a.beforeDesign()) {
                before++;
            } else {
                late.add(f.label());
            }
        }
        int others = (int) asked.stream().filter(x -> x.beforeDesign() && !x.askFirst()).count();
        String verdict = "Asked " + before + " of " + total + " ask-first facts before designing.";
        String level = before == total ? "Scoped first" : before * 2 >= total ? "Partly scoped" : "Designed before scoping";
        return new Scoping(List.copyOf(asked), total, before, List.copyOf(missed), List.copyOf(late), others, verdict, level);
    }

    private static String clock(Instant from, Instant at) {
        if (from == null || at == null) {
            return "";
        }
        long s = Math.max(0, Duration.between(from, at).toSeconds());
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
