package dev.staffdrill.content;

import java.util.List;
import java.util.Optional;

/**
 * An item's open design round: a {@code title} and a {@code brief} that state the problem without its numbers, and
 * the {@code facts} the interviewer holds back until the learner asks for them (traffic, data size,
 * SLOs, team, budget…). {@link Fact#askFirst()} marks the facts a Staff candidate scopes with before
 * designing; scoping is judged against them. Fact values are shown to a learner only once asked.
 */
public record OpenRound(String title, String brief, List<Fact> facts) {
    /** Fewest and most facts a round may hold: fewer is no scoping exercise, more is a questionnaire. */
    public static final int MIN_FACTS = 6;
    public static final int MAX_FACTS = 10;
    /** How many facts a round marks "ask first". */
    public static final int MIN_ASK_FIRST = 3;
    public static final int MAX_ASK_FIRST = 4;
    /** Most characters of a fact label: it is a button, not a sentence. */
    public static final int MAX_LABEL = 40;
    /** Most characters of a round's title. */
    public static final int MAX_TITLE = 120;
    /** An item without an open round. */
    public static final OpenRound NONE = new OpenRound("", "", List.of());

    public OpenRound {
        title = title == null ? "" : title;
        brief = brief == null ? "" : brief;
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public boolean present() {
        return !facts.isEmpty();
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** One fact: a stable {@code id}, the {@code label} a learner asks by, and the {@code value} they get. */
    public record Fact(String id, String label, String value, boolean askFirst) {
    }
}
