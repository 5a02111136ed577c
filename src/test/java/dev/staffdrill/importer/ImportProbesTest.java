package dev.staffdrill.importer;

import dev.staffdrill.content.Probe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.staffdrill.importer.ChapterParserTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** A chapter's interviewer bullets become probes for its other items, where the file gives guidance. */
class ImportProbesTest {
    static final String DOC = "probes-chapter.md";
    private final ChapterParser parser = new ChapterParser();

    private ImportResult parse() {
        return parser.parse(DOC, fixture(DOC));
    }

    private static ImportedItem item(ImportResult r, String titleStart) {
        return r.items().stream().filter(i -> i.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void anExerciseGetsTheGuidedBulletsAimedAtItsDimensionFirst() {
        ImportResult r = parse();
        ImportedItem exercise = item(r, "Global limits");
        assertThat(exercise.section()).isEqualTo(Section.PART_18);
        assertThat(exercise.dimensions()).containsExactly("C");

        // Four guided bullets, four different signals; the scale bullet first because the item is about scale.
        assertThat(exercise.probes()).extracting(Probe::signal).containsExactly(
                "quantified-scale", "partial-failure", "ownership", "alternative-rejected");
        Probe first = exercise.probes().get(0);
        assertThat(first.ask()).isEqualTo("How many checks per second can one limiter node take before it becomes "
                + "the bottleneck, and what do you do at 10× that load?");
        assertThat(first.strong()).isEqualTo("Quote the measured ceiling (about 80K checks/s per node) and shard "
                + "counters by tenant beyond it.");
        assertThat(first.when()).isEqualTo(Probe.When.MISSING);
        assertThat(first.cue()).isEmpty();
        assertThat(r.probes()).isEqualTo(r.items().stream().mapToInt(i -> i.probes().size()).sum());
    }

    @Test
    void aBulletWithoutGuidanceMakesNoProbeAndIsCountedAsSkipped() {
        ImportResult r = parse();
        assertThat(r.probeBulletsSkipped()).isEqualTo(1);
        assertThat(r.items()).flatExtracting(ImportedItem::probes).extracting(Probe::ask)
                .noneMatch(a -> a.contains("per-user counters"));
        // The skipped bullet is still an item, and it is probed by the others.
        ImportedItem money = item(r, "They push on money");
        assertThat(money.guidance()).isEmpty();
        assertThat(money.probes()).hasSize(4);
    }

    @Test
    void aBulletIsNeverItsOwnItemsProbe() {
        ImportResult r = parse();
        for (ImportedItem i : r.items()) {
            assertThat(i.probes()).as(i.id()).extracting(Probe::ask)
                    .doesNotContain(ItemText.unquote(ItemText.plain(i.prompt())));
        }
        ImportedItem owners = item(r, "Who owns the limit configuration");
        assertThat(owners.probes()).extracting(Probe::signal).doesNotContain("ownership").hasSize(3);
    }

    @Test
    void eachBulletsSignalIsInferredFromItsWords() {
        Map<String, String> signalByAsk = parse().items().stream().flatMap(i -> i.probes().stream())
                .collect(Collectors.toMap(Probe::ask, Probe::signal, (a, b) -> a));
        assertThat(signalByAsk).containsOnly(
                Map.entry("What happens when the counter shard for a hot tenant slows from 1 ms to 200 ms?", "partial-failure"),
                Map.entry("Who owns the limit configuration when five product teams set their own quotas?", "ownership"),
                Map.entry("How many checks per second can one limiter node take before it becomes the bottleneck, "
                        + "and what do you do at 10× that load?", "quantified-scale"),
                Map.entry("Why not use a fixed window counter instead of a sliding log?", "alternative-rejected"));
        // No signal words at all: the lead signal of the dimension the words point to.
        assertThat(ProbeSignals.infer("Walk me through it.", "Name the team and its page.").id()).isEqualTo("ownership");
        assertThat(ProbeSignals.infer("And then?", "").id()).isEqualTo("alternative-rejected");
    }

    @Test
    void theSameFileAlwaysYieldsTheSameProbesAndOneSignalIsProbedOnce() {
        ImportResult a = parse();
        ImportResult b = parse();
        assertThat(a.items()).isEqualTo(b.items());
        for (ImportedItem i : a.items()) {
            List<String> signals = i.probes().stream().map(Probe::signal).toList();
            assertThat(signals).as(i.id()).doesNotHaveDuplicates();
            assertThat(i.probes().size()).isLessThanOrEqualTo(Probe.MAX_PER_QUESTION);
        }
    }

    @Test
    void aFileWithoutInterviewerBulletsAttachesNothing() {
        ImportResult r = parser.parse("review-001.md", fixture("review-001.md"));
        assertThat(r.probes()).isZero();
        assertThat(r.probeBulletsSkipped()).isZero();
    }
}
