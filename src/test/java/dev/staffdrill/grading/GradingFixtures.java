package dev.staffdrill.grading;

import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;
import dev.staffdrill.content.Rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real rubric (content/rubric.yaml, loaded through the real loader) and one question written
 * here, so grading tests never depend on the question files being written in parallel.
 */
public final class GradingFixtures {
    public static final List<String> ALL_DIMENSIONS = List.of("A", "B", "C", "D", "E");

    private GradingFixtures() {
    }

    public static Rubric rubric() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rubric");
            Files.copy(Path.of("content", "rubric.yaml"), dir.resolve("rubric.yaml"));
            Files.createDirectories(dir.resolve("chapters"));
            Files.writeString(dir.resolve("chapters/ch16.md"), """
                    ---
                    id: ch16
                    number: 16
                    title: Replication
                    gaps:
                      - id: 16-F1
                        title: A slow follower, not a dead one
                        category: F
                    ---
                    Leaders, followers and what a slow replica does to writes.
                    """);
            return ContentLoader.load(dir).rubric();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    public static Question question() {
        return question(ALL_DIMENSIONS);
    }

    public static Question question(List<String> dimensions) {
        return new Question("16-x-slow-follower", 16, List.of(), QuestionKind.FAILURE_INJECTION,
                "A follower's disk turns slow", 15, dimensions, List.of("16-F1"),
                "Your order service writes to a leader with two followers in one region: 8K writes/s at peak, "
                        + "a 150 ms p99 write budget, one follower replicated synchronously. One follower's disk "
                        + "starts to slow down. Next year the business wants a second region and 10x traffic. "
                        + "Walk through what happens and what you would change.",
                "- Slow-not-dead follower: synchronous replication makes every write wait; drop it to async.\n"
                        + "- Blast radius: every checkout while writes stall.\n- Egress is the cost driver.",
                "Keep a single leader; drop the slow follower to async within seconds; shard at 10x.",
                "v-test-1", "test");
    }

    public static String answer(String name) {
        try (InputStream in = GradingFixtures.class.getResourceAsStream("/grading/answers/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample answer " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
