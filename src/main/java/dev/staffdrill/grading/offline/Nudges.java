package dev.staffdrill.grading.offline;

import java.util.Map;

/**
 * Short, Staff-level feedback: for each missing signal, the question an L6 interviewer would ask
 * next. One line each, concrete, never generic praise.
 */
final class Nudges {
    private static final Map<String, String> MISSING = Map.ofEntries(
            Map.entry("alternative-rejected", "You stated a choice but not what you rejected: name the alternative and why it loses here."),
            Map.entry("dominant-constraint", "Say which constraint decided it: the latency budget, correctness, cost or team capacity?"),
            Map.entry("decision-flip", "Say when you would flip the decision: at what write share, scale or budget does the other option win?"),
            Map.entry("partial-failure", "You covered the clean outage; what happens when one replica is slow, not dead?"),
            Map.entry("failure-timeline", "Walk the failure as a timeline: what do users see at T+0, T+10 s, T+1 min?"),
            Map.entry("blast-radius", "You named the failure but not its blast radius: how many users, for how long?"),
            Map.entry("degradation-mode", "Say how it degrades and recovers: read-only, stale reads, shed load?"),
            Map.entry("quantified-scale", "Put numbers on it: QPS, data size, latency budget, to an order of magnitude."),
            Map.entry("growth-threshold", "Say where the design changes: what happens at 10× and at 100×?"),
            Map.entry("first-bottleneck", "Name what breaks first as load grows, and why."),
            Map.entry("dangerous-assumption", "Name the assumption that, if wrong, breaks this design."),
            Map.entry("migration-path", "How do you get there safely: dual-write, shadow reads, backfill, rollback?"),
            Map.entry("cost-driver", "Name the top cost driver with a rough figure: $/month, or 3× storage."),
            Map.entry("cost-scaling", "Say how cost grows: with traffic, with retention, with regions?"),
            Map.entry("not-build", "Say what you would deliberately not build, and why."),
            Map.entry("ownership", "Who owns this, and who gets paged at 3 am?"),
            Map.entry("human-failure", "How would a tired operator break this, and what stops them?"),
            Map.entry("invariant-named", "Name the invariant this design must keep, and the data-model choice that keeps it."),
            Map.entry("nonlinear-scaling", "What grows faster than traffic here: fan-out, N² connections, coordination?"),
            Map.entry("cost-vs-benefit", "Set the cost against what it buys: it costs $X a month and prevents what, worth how much?"),
            Map.entry("cross-team", "Which other teams does this change depend on or break, and how do you bring them along?"),
            Map.entry("runbook-action", "Give the runbook step: when which metric crosses what threshold, the on-call does what?"));

    static final String NEEDS_NUMBERS = "The reasoning is there; put numbers on it (users, seconds, QPS, $) to make it Strong.";
    /** For quotes that already hold figures: asking for "numbers" beside them would contradict the evidence. */
    static final String NEEDS_UNITS = "The reasoning is there; give one of these figures its unit and what it means "
            + "for users or cost (seconds, share of users, QPS, $/month) to make it Strong.";

    private Nudges() {
    }

    /** For a signal that shows only in a label or a fragment: it is there, but not argued. */
    static String argueIt(String signalId) {
        return "You name " + NAMES.getOrDefault(signalId, signalId) + " in a label or fragment; argue it in a full "
                + "sentence about this system to get credit for it.";
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("alternative-rejected", "a rejected alternative"), Map.entry("dominant-constraint", "the deciding constraint"),
            Map.entry("decision-flip", "when the decision flips"), Map.entry("invariant-named", "the invariant"),
            Map.entry("partial-failure", "the partial failure"), Map.entry("failure-timeline", "a timeline"),
            Map.entry("blast-radius", "the blast radius"), Map.entry("degradation-mode", "the degraded mode"),
            Map.entry("quantified-scale", "numbers"), Map.entry("growth-threshold", "a growth threshold"),
            Map.entry("first-bottleneck", "what breaks first"), Map.entry("dangerous-assumption", "the risky assumption"),
            Map.entry("migration-path", "a migration path"), Map.entry("nonlinear-scaling", "non-linear growth"),
            Map.entry("cost-driver", "a cost driver"), Map.entry("cost-scaling", "how cost scales"),
            Map.entry("not-build", "what not to build"), Map.entry("cost-vs-benefit", "cost against benefit"),
            Map.entry("ownership", "an owner"), Map.entry("human-failure", "a human failure mode"),
            Map.entry("runbook-action", "a runbook step"), Map.entry("cross-team", "other teams"));

    static String forMissing(String signalId) {
        return MISSING.getOrDefault(signalId, "Show the signal '" + signalId + "' in a full sentence about this system.");
    }
}
