package dev.staffdrill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small, valid content folder for tests: the real rubric, one chapter, a few questions and a
 * set. Tests that need the real question bank load content/ directly.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path content(Path dir) {
        try {
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
                      - id: 14-C1
                        title: Cost as a first-class constraint
                        category: C
                    ---
                    How much consistency a product needs, and what it costs when the network misbehaves.
                    """);
            for (int i = 1; i <= 4; i++) {
                Files.writeString(dir.resolve("questions/ch14/14-fu-q" + i + ".md"), question("14-fu-q" + i, i));
            }
            Files.writeString(dir.resolve("questions/ch14/14-ex-deep.md"), """
                    ---
                    id: 14-ex-deep
                    chapter: 14
                    kind: trade-off
                    title: Argue strong versus eventual for the cart
                    minutes: 20
                    dimensions: [A, D]
                    gaps: [14-C1]
                    worked:
                      - "40K writes/s × 86,400 s/day ≈ 3.5B writes/day"
                      - "3.5B × 1 KB ≈ 3.5 TB"   # a day of cart writes
                    open:
                      title: Strong or eventual for the cart
                      brief: Your cart service spans several regions. Argue strong versus eventual consistency for it.
                      facts:
                        - id: writes
                          label: Write rate
                          value: 40K cart writes/s at peak, SECRET-FACT-WRITES
                          first: true
                        - id: regions
                          label: Regions
                          value: 3 regions, 70 ms apart, SECRET-FACT-REGIONS
                          first: true
                        - id: loss-cost
                          label: Cost of a lost cart
                          value: A lost cart loses $40 of orders on average, SECRET-FACT-LOSS
                          first: true
                        - id: team
                          label: Team
                          value: 6 engineers own carts, SECRET-FACT-TEAM
                        - id: budget
                          label: Budget
                          value: $20K/month for the cart tier, SECRET-FACT-BUDGET
                        - id: stack
                          label: Existing stack
                          value: Postgres per region with async replication, SECRET-FACT-STACK
                    ---
                    Your cart service does 40K writes/s across 3 regions. Argue both sides.

                    ## Guidance
                    - Prices the cross-region round trips.

                    ## Model answer sketch
                    Eventual with per-cart causal ordering; strong costs 3x the egress.

                    ## Weak example
                    SECRET-WEAK: use strong consistency everywhere, carts matter.

                    Why Weak: names a model, no cost, no trade-off.

                    ## Moderate example
                    SECRET-MODERATE: eventual for carts with merge on conflict, strong at checkout.

                    Why Moderate: sound split, but the 3.5 TB/day of writes is never priced.
                    """);
            Files.writeString(dir.resolve("sets/warmup.md"), """
                    ---
                    id: warmup
                    title: Warm-up
                    questions: [14-fu-q1, 14-fu-q2, 14-fu-q3]
                    ---
                    Three quick follow-ups.
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String question(String id, int n) {
        List<String> dims = List.of("[B, C]", "[A]", "[D, E]", "[B]");
        return """
                ---
                id: %s
                chapter: 14
                kind: follow-up
                title: Follow-up number %d
                minutes: 5
                dimensions: %s
                gaps: [14-F1]
                ---
                One of 5 replicas answers in 900 ms instead of 9 ms (question %d). What do users see?

                ## Guidance
                - SECRET-GUIDANCE-%d: quantifies the blast radius as a share of reads.

                ## Model answer sketch
                SECRET-MODEL-%d: hedge reads after p95, eject the slow replica at 3x median.
                """.formatted(id, n, dims.get((n - 1) % dims.size()), n, n, n);
    }
}
