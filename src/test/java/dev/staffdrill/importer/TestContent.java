package dev.staffdrill.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A minimal valid content folder for import tests: the real rubric and chapter 14 with two gaps. */
public final class TestContent {
    private TestContent() {
    }

    public static Path folder(Path dir) {
        try {
            Files.createDirectories(dir.resolve("chapters"));
            Files.createDirectories(dir.resolve("questions"));
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
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An authored question whose id is {@code id}: to provoke a clash with an imported one. */
    public static void question(Path dir, String id) {
        try {
            Files.writeString(dir.resolve("questions/" + id + ".md"), """
                    ---
                    id: %s
                    chapter: 14
                    kind: follow-up
                    title: One replica is slow
                    minutes: 6
                    dimensions: [B]
                    gaps: [14-F1]
                    ---
                    One of three replicas answers in 900 ms instead of 9 ms. What do readers see?

                    ## Guidance
                    - Names hedged reads and the p99 they buy.

                    ## Model answer sketch
                    Hedge after the p95; eject the replica after 30 s of slow answers.
                    """.formatted(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
