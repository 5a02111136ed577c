package dev.staffdrill.content;

import dev.staffdrill.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The issue-15 {@code probes:} list: parsed into {@link Probe}s, every mistake reported on its line. */
class ProbeFormatTest {
    // Inserted after the fixture's worked lines (which end on line 11), so "probes:" is line 12.
    private static final String WORKED_END = "  - \"3.5B × 1 KB ≈ 3.5 TB\"   # a day of cart writes\n";
    private static final String PROBES = """
            probes:
              - signal: cost-driver
                when: missing
                ask: >-
                  Strong consistency across 3 regions means a quorum round trip per cart write. At 40K
                  writes/s, what does that add to the egress bill each month?
                strong: >-
                  Prices it: 3.5 TB/day of writes crossing regions twice at $0.02/GB is about $4K/month,
                  and sets that against what a lost cart costs.
              - signal: 14-C1
                when: shallow
                ask: You said strong "costs more". More than what, and at which write rate does it stop being worth it?
                strong: Names the egress and latency figures and the write rate where eventual wins.
              - signal: alternative-rejected
                when: trap
                cue:
                  - "strong everywhere"
                  - linearizable
                ask: If every cart write is linearizable, what happens to checkout when one region is cut off?
                strong: Sees that the cut-off region cannot accept cart writes; keeps strong only at checkout.
            """;

    @TempDir
    Path tmp;

    @Test
    void probesAreParsedWithTheirTriggerCuesAndGuidance() throws IOException {
        Question q = ContentLoader.load(withProbes(PROBES)).question("14-ex-deep").orElseThrow();
        assertThat(q.probes()).extracting(Probe::signal).containsExactly("cost-driver", "14-C1", "alternative-rejected");
        assertThat(q.probes()).extracting(Probe::when)
                .containsExactly(Probe.When.MISSING, Probe.When.SHALLOW, Probe.When.TRAP);
        Probe trap = q.probes().get(2);
        assertThat(trap.cue()).containsExactly("strong everywhere", "linearizable");
        assertThat(q.probes().get(0).ask()).startsWith("Strong consistency across 3 regions").endsWith("each month?");
        assertThat(q.probes().get(0).strong()).contains("$4K/month");
        assertThat(q.probes().get(0).cue()).isEmpty();
    }

    @Test
    void probesNeverReachThePromptOrTheOtherLearnerFacingSections() throws IOException {
        Question q = ContentLoader.load(withProbes(PROBES)).question("14-ex-deep").orElseThrow();
        for (String shown : List.of(q.prompt(), q.guidance(), q.modelAnswer(), q.weakExample(), q.moderateExample())) {
            assertThat(shown).doesNotContain("egress bill", "linearizable", "cost-driver");
        }
    }

    @Test
    void itemsWithoutProbesStillLoad() {
        Question q = ContentLoader.load(Fixtures.content(tmp)).question("14-fu-q1").orElseThrow();
        assertThat(q.probes()).isEmpty();
    }

    @Test
    void probesArePartOfTheVersionLikeEveryOtherField() throws IOException {
        String before = ContentLoader.load(Fixtures.content(tmp)).question("14-ex-deep").orElseThrow().version();
        String after = ContentLoader.load(withProbes(PROBES)).question("14-ex-deep").orElseThrow().version();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void anUnknownSignalIsReportedOnItsLine() throws IOException {
        Path dir = withProbes(PROBES.replace("signal: cost-driver", "signal: cost-drivers"));
        assertProblem(dir, "questions/ch14/14-ex-deep.md:13: probe 1: unknown signal 'cost-drivers'", "(14-C1)");
    }

    @Test
    void aGapIdOfAnotherItemIsNotASignal() throws IOException {
        Path dir = withProbes(PROBES.replace("signal: 14-C1", "signal: 14-F1"));
        assertProblem(dir, "14-ex-deep.md:21: probe 2: unknown signal '14-F1'");
    }

    @Test
    void aMissingSignalIsReported() throws IOException {
        Path dir = withProbes(PROBES.replace("  - signal: 14-C1\n    when: shallow", "  - when: shallow"));
        assertProblem(dir, "14-ex-deep.md:21: probe 2: 'signal' is required");
    }

    @Test
    void anUnknownWhenIsReportedOnItsLine() throws IOException {
        Path dir = withProbes(PROBES.replace("when: shallow", "when: vague"));
        assertProblem(dir, "14-ex-deep.md:22: probe 2: 'when' is 'vague', expected missing, shallow or trap");
        Path dir2 = withProbes(PROBES.replace("    when: shallow\n", ""));
        assertProblem(dir2, "14-ex-deep.md:21: probe 2: 'when' is required");
    }

    @Test
    void aTrapWithoutCueIsReported() throws IOException {
        Path dir = withProbes(PROBES.replace("""
                    cue:
                      - "strong everywhere"
                      - linearizable
                """, ""));
        assertProblem(dir, "14-ex-deep.md:26: probe 3: a trap probe needs 'cue:'");
        Path dir2 = withProbes(PROBES.replace("      - linearizable\n", "").replace("      - \"strong everywhere\"\n", "").replace("cue:", "cue: []"), "", "");
        assertProblem(dir2, "14-ex-deep.md:26: probe 3: a trap probe needs 'cue:'");
    }

    @Test
    void aCueOnANonTrapProbeOrABlankCueIsReported() throws IOException {
        Path dir = withProbes(PROBES.replace("    when: shallow\n", "    when: shallow\n    cue: [costs more]\n"));
        assertProblem(dir, "14-ex-deep.md:23: probe 2: 'cue' is only for trap probes; this one is 'shallow'");
        Path dir2 = withProbes(PROBES.replace("      - linearizable", "      - \"  \""), "", "");
        assertProblem(dir2, "14-ex-deep.md:27: probe 3: 'cue' must list words or phrases");
    }

    @Test
    void aMissingOrBlankAskOrStrongIsReported() throws IOException {
        Path dir = withProbes(PROBES.replace(
                "    ask: You said strong \"costs more\". More than what, and at which write rate does it stop being worth it?\n", ""));
        assertProblem(dir, "14-ex-deep.md:21: probe 2: 'ask' is required");
        Path dir2 = withProbes(PROBES.replace("    strong: Names the egress and latency figures and the write rate where eventual wins.",
                "    strong: \"   \""), "", "");
        assertProblem(dir2, "14-ex-deep.md:24: probe 2: 'strong' is required");
    }

    @Test
    void moreThanFiveProbesAreReportedAtTheSixth() throws IOException {
        String one = "  - signal: blast-radius\n    when: missing\n    ask: Who loses carts, and how many?\n"
                + "    strong: Counts carts per region.\n";
        Path dir = withProbes(PROBES + one + one + one);
        // probes 1-3 take lines 13-31; each extra takes 4 lines, so the sixth starts on line 40
        assertProblem(dir, "14-ex-deep.md:40: an item has at most 5 probes, got 6");
    }

    @Test
    void unknownKeysAndMalformedListsAreReported() throws IOException {
        Path dir = withProbes(PROBES.replace("    when: shallow", "    when: shallow\n    hint: say more"));
        assertProblem(dir, "14-ex-deep.md:23: probe 2: unknown key 'hint'");
        Path dir2 = withProbes("probes: ask them about cost\n", "", "");
        assertProblem(dir2, "14-ex-deep.md:12: 'probes' must be a list");
        Path dir3 = withProbes("probes:\n  - just a string\n", "", "");
        assertProblem(dir3, "14-ex-deep.md:13: probe 1: must be a mapping");
    }

    @Test
    void everyProblemOfABadListIsReportedAtOnce() throws IOException {
        Path dir = withProbes(PROBES.replace("signal: cost-driver", "signal: nope").replace("when: shallow", "when: often"));
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.problems()).anyMatch(p -> p.contains(":13: probe 1: unknown signal 'nope'"));
            assertThat(e.problems()).anyMatch(p -> p.contains(":22: probe 2: 'when' is 'often'"));
        });
    }

    private Path withProbes(String probes) throws IOException {
        return withProbes(probes, "", "");
    }

    /** A fresh fixture whose deep item carries {@code probes}, then with {@code from} replaced by {@code to}. */
    private Path withProbes(String probes, String from, String to) throws IOException {
        Path dir = Files.exists(tmp.resolve("rubric.yaml")) ? Files.createTempDirectory(tmp, "c") : tmp;
        Fixtures.content(dir);
        Path f = dir.resolve("questions/ch14/14-ex-deep.md");
        String text = Files.readString(f);
        assertThat(text).contains(WORKED_END);
        text = text.replace(WORKED_END, WORKED_END + probes);
        if (!from.isEmpty()) {
            assertThat(text).contains(from);
            text = text.replace(from, to);
        }
        Files.writeString(f, text);
        return dir;
    }

    private static void assertProblem(Path dir, String... fragments) {
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class,
                e -> assertThat(e.problems()).as(String.join("\n", e.problems()))
                        .anyMatch(p -> List.of(fragments).stream().allMatch(p::contains)));
    }
}
