package dev.staffdrill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A content folder for follow-up chains: chapter 14 with exactly two follow-ups, each with
 * authored probes, so a two-question mock drill of chapter 14 asks both and every probe is known.
 */
public final class ThreadFixtures {
    /** An answer to the witness item that reasons about it but shows none of its probes' signals. */
    public static final String WITNESS_ANSWER = "The replica in zone B cannot be promoted automatically because the "
            + "witness died with the primary, so we page the on-call and promote by hand.";

    private ThreadFixtures() {
    }

    /** A fresh folder (under target/) with the two items; each call makes a new one. */
    public static Path content() {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "thread-content")), "c");
            Files.createDirectories(dir.resolve("chapters"));
            Files.createDirectories(dir.resolve("questions/ch14"));
            Files.createDirectories(dir.resolve("sets"));
            Files.copy(Path.of("content/rubric.yaml"), dir.resolve("rubric.yaml"));
            Files.writeString(dir.resolve("chapters/ch14.md"), """
                    ---
                    id: ch14
                    number: 14
                    title: Consistency Models
                    gaps:
                      - id: 14-F1
                        title: Partial failure scenarios
                        category: F
                    ---
                    How much consistency a product needs, and what it costs when the network misbehaves.
                    """);
            Files.writeString(dir.resolve("questions/ch14/14-fu-witness.md"), """
                    ---
                    id: 14-fu-witness
                    chapter: 14
                    kind: follow-up
                    title: The witness shares a zone with the primary
                    minutes: 8
                    dimensions: [B]
                    gaps: [14-F1]
                    probes:
                      - signal: blast-radius
                        when: missing
                        ask: >-
                          Zone A goes dark at 14:02 with the primary and the witness in it. Of the 2M
                          daily users, how many see failed writes, and for how long?
                        strong: >-
                          Every writer (all 2M daily users' writes) fails until a human promotes
                          zone B: 15–30 minutes, about 1,500 orders lost at 60 orders/min.
                      - signal: degradation-mode
                        when: missing
                        ask: >-
                          While no primary can be elected, what does the checkout page do with the
                          next 60 orders a minute: queue them, refuse them, or take them anyway?
                        strong: >-
                          Reads keep serving from zone B replicas; writes queue in a durable outbox
                          for 15 min and the page says "confirming", rather than accepting orders twice.
                      - signal: partial-failure
                        when: trap
                        cue: [retry forever, "keep retrying"]
                        ask: >-
                          You'd keep retrying the write. With the primary gone for 20 minutes, what do
                          those retries do to the one surviving replica at 3x normal load?
                        strong: >-
                          Unbounded retries triple load on zone B at the worst moment; cap them with a
                          budget of 10% and a circuit breaker, and shed reads first.
                    ---
                    Your Postgres primary and its quorum witness both live in zone A; a replica sits in
                    zone B. Zone A loses power. 2M users a day place about 60 orders a minute. What happens?

                    ## Guidance
                    - SECRET-GUIDANCE-W: no quorum survives, so nobody may promote automatically.

                    ## Model answer sketch
                    SECRET-MODEL-W: move the witness to a third zone so a zone loss leaves a majority.
                    """);
            Files.writeString(dir.resolve("questions/ch14/14-fu-strong-read.md"), """
                    ---
                    id: 14-fu-strong-read
                    chapter: 14
                    kind: follow-up
                    title: Read-your-writes for profile edits
                    minutes: 6
                    dimensions: [A]
                    gaps: [14-F1]
                    probes:
                      - signal: alternative-rejected
                        when: missing
                        ask: >-
                          Routing every read to the leader is one option. Name another for 50K reads/s
                          and say why you would not pick it here.
                        strong: >-
                          Session tokens with the last write's LSN let any replica serve once caught
                          up; leader-only reads would put 50K reads/s on one node.
                      - signal: decision-flip
                        when: missing
                        ask: >-
                          At what share of reads needing fresh data would you stop routing to the
                          leader and pay for something else?
                        strong: >-
                          Past ~5% of 50K reads/s the leader saturates; above that, LSN tokens or a
                          write-through cache win.
                      - signal: dominant-constraint
                        when: shallow
                        ask: >-
                          Which constraint decides this for you: the 200 ms p99 budget, the leader's
                          capacity, or the cost of a cache?
                        strong: >-
                          The leader's capacity: 2,500 reads/s of headroom, so only the writer's own
                          reads for 5 s may go there.
                    ---
                    After editing a profile, users sometimes see the old version. Reads are 50K/s from 5
                    replicas with up to 2 s of lag. What do you change?

                    ## Guidance
                    - SECRET-GUIDANCE-R: scopes freshness to the writer's own reads.

                    ## Model answer sketch
                    SECRET-MODEL-R: pin the writer's reads to the leader for 5 s, everyone else stays on replicas.
                    """);
            Files.writeString(dir.resolve("sets/pushback.md"), """
                    ---
                    id: pushback
                    title: Pushback practice
                    questions: [14-fu-witness, 14-fu-strong-read]
                    ---
                    Two follow-ups with probes.
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
