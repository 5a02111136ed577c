package dev.staffdrill.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pushback probe: what the interviewer asks next when an answer is missing a signal, shows it
 * without depth, or walks into a trap. {@code signal} is a rubric signal id or one of the item's
 * gap ids; {@code cue} lists the words in an answer that spring a trap probe (empty otherwise);
 * {@code strong} says what a Strong reply to the probe shows. Probes are interviewer material:
 * never rendered to a learner, never part of a prompt.
 */
public record Probe(String signal, When when, List<String> cue, String ask, String strong) {
    /** Most probes an item may carry: a drill asks at most a couple, the rest is choice. */
    public static final int MAX_PER_QUESTION = 5;

    public Probe {
        cue = cue == null ? List.of() : List.copyOf(cue);
    }

    /** The situation in an answer that triggers the probe. */
    public enum When {
        /** The answer lacks the signal. */
        MISSING,
        /** The answer names the signal with no number or mechanism behind it. */
        SHALLOW,
        /** The answer walked into a specific trap, recognised by its cue words. */
        TRAP;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<When> of(String id) {
            for (When w : values()) {
                if (w.id().equals(id)) {
                    return Optional.of(w);
                }
            }
            return Optional.empty();
        }
    }
}
