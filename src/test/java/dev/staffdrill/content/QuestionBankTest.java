package dev.staffdrill.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped question bank in content/ meets the bar the content issue sets. */
class QuestionBankTest {
    static ContentBank bank;

    @BeforeAll
    static void load() {
        bank = ContentLoader.load(Path.of("content"));
    }

    @Test
    void coversTheSevenReviewedChaptersWithTheirGaps() {
        assertThat(bank.chapters()).extracting(Chapter::number).containsExactly(14, 15, 16, 17, 18, 19, 20);
        assertThat(bank.chapter(14).orElseThrow().gaps()).extracting(Chapter.Gap::id)
                .contains("14-F1", "14-F2", "14-F3", "14-S1", "14-S2", "14-C1", "14-C2", "14-O1", "14-O2", "14-E1", "14-D1");
        assertThat(bank.chapter(19).orElseThrow().gaps()).hasSize(6);
    }

    @Test
    void everyChapterHasSixFollowUpsCoveringEveryGapAndFourDeeperExercises() {
        for (Chapter c : bank.chapters()) {
            List<Question> qs = bank.questionsOf(c.number()).stream().filter(q -> q.id().startsWith(c.number() + "-")).toList();
            List<Question> followUps = qs.stream().filter(q -> q.kind().followUp()).toList();
            List<Question> deeper = qs.stream().filter(q -> !q.kind().followUp()).toList();
            assertThat(followUps).as("follow-ups of chapter %d", c.number()).hasSizeGreaterThanOrEqualTo(6)
                    .allMatch(q -> q.minutes() >= 4 && q.minutes() <= 8);
            assertThat(deeper).as("exercises of chapter %d", c.number()).hasSizeGreaterThanOrEqualTo(4)
                    .allMatch(q -> q.minutes() >= 12 && q.minutes() <= 30);
            Set<String> covered = followUps.stream().flatMap(q -> q.gaps().stream()).collect(Collectors.toSet());
            assertThat(covered).as("gaps covered by chapter %d's follow-ups", c.number())
                    .containsAll(c.gaps().stream().map(Chapter.Gap::id).toList());
            Set<String> kinds = new HashSet<>(deeper.stream().map(q -> q.kind()).map(QuestionKind::id).toList());
            assertThat(kinds).as("exercise kinds of chapter %d", c.number()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyChapterAndTheCrossChapterSetHaveAnOpenDesignRound() {
        for (Chapter c : bank.chapters()) {
            assertThat(bank.questionsOf(c.number()).stream().filter(q -> q.id().startsWith(c.number() + "-")))
                    .as("open design rounds of chapter %d", c.number()).anyMatch(q -> q.open().present());
        }
        assertThat(bank.questions().stream().filter(q -> q.id().startsWith("x-")))
                .as("open design rounds of the cross-chapter exercises").anyMatch(q -> q.open().present());
        for (Question q : bank.questions()) {
            if (q.open().present()) {
                assertThat(q.open().facts()).as("facts of %s", q.id()).hasSizeBetween(6, 10);
                assertThat(q.open().facts().stream().filter(OpenRound.Fact::askFirst))
                        .as("ask-first facts of %s", q.id()).hasSizeBetween(3, 4);
                assertThat(q.kind().followUp()).as("%s: an open round is a 45-minute sitting, not a follow-up", q.id())
                        .isFalse();
            }
        }
    }

    @Test
    void crossChapterExerciseSetsCoverTheFiveReviewThemes() {
        List<Question> cross = bank.questions().stream().filter(q -> q.id().startsWith("x-")).toList();
        assertThat(cross).hasSizeGreaterThanOrEqualTo(15).allMatch(q -> !q.related().isEmpty() && !q.gaps().isEmpty());
        assertThat(bank.sets()).extracting(ExerciseSet::id)
                .contains("cost-focused", "scale-stress", "org-stress", "failure-injection", "evolution-migration");
    }

    @Test
    void noCalibrationExampleLeaksIntoAPrompt() {
        // an unknown '##' heading stays part of the prompt, so a misspelt example heading would show it early
        for (Question q : bank.questions()) {
            assertThat(q.prompt().toLowerCase(java.util.Locale.ROOT)).as(q.source())
                    .doesNotContain("why weak", "why moderate", "weak example", "moderate example", "model answer");
        }
    }

    /**
     * Issue 15: every follow-up and exercise carries 3–5 pushback probes. Enforced folder by folder
     * as each one's probes land; a folder under questions/ must be named in one list or the other,
     * so a new folder is never left unchecked by omission.
     */
    static final Set<String> PROBES_ENFORCED = Set.of("cross", "ch14", "ch15", "ch16", "ch17", "ch18", "ch19", "ch20");
    static final Set<String> PROBES_PENDING = Set.of();

    @Test
    void everyFollowUpAndExerciseHasAtLeastThreeProbes() {
        Set<String> folders = bank.questions().stream().map(QuestionBankTest::folder).collect(Collectors.toSet());
        for (String f : folders) {
            assertThat(PROBES_ENFORCED.contains(f) || PROBES_PENDING.contains(f))
                    .as("questions/%s is in neither PROBES_ENFORCED nor PROBES_PENDING", f).isTrue();
        }
        assertThat(PROBES_ENFORCED).as("enforced folders").isNotEmpty().allMatch(folders::contains);
        for (Question q : bank.questions()) {
            if (PROBES_ENFORCED.contains(folder(q))) {
                assertThat(q.probes()).as(q.source() + " probes").hasSizeBetween(3, Probe.MAX_PER_QUESTION);
            }
        }
    }

    @Test
    void probesSpreadOverSignalsAndTrapsCarryCues() {
        for (Question q : bank.questions()) {
            if (q.probes().isEmpty()) {
                continue;
            }
            assertThat(q.probes().stream().map(Probe::signal).distinct().count()).as(q.source() + " distinct probe signals")
                    .isGreaterThanOrEqualTo(Math.min(2, q.probes().size()));
            for (Probe p : q.probes()) {
                assertThat(p.cue().isEmpty()).as(q.source() + " probe on " + p.signal() + ": cues iff trap")
                        .isEqualTo(p.when() != Probe.When.TRAP);
                assertThat(q.prompt()).as(q.source() + ": a probe's question is never in the prompt")
                        .doesNotContain(p.ask());
            }
        }
    }

    /** The folder under questions/ a file-loaded question came from: "ch14", "cross". */
    private static String folder(Question q) {
        String[] parts = q.source().replace('\\', '/').split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    @Test
    void everyQuestionIsSpecificAndHasGuidanceAndAModelAnswer() {
        for (Question q : bank.questions()) {
            assertThat(q.prompt()).as(q.id()).containsPattern("\\d");  // a scenario with numbers
            assertThat(q.guidance().lines().filter(l -> l.startsWith("- ")).count()).as(q.id() + " guidance bullets")
                    .isGreaterThanOrEqualTo(3);
            assertThat(q.modelAnswer().split("\\s+").length).as(q.id() + " model answer words").isGreaterThanOrEqualTo(120);
            assertThat(q.dimensions()).as(q.id()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        }
        for (String d : bank.rubric().dimensionIds()) {
            assertThat(bank.questions().stream().filter(q -> q.dimensions().contains(d)).count()).as("questions on " + d)
                    .isGreaterThanOrEqualTo(15);
        }
    }
}
