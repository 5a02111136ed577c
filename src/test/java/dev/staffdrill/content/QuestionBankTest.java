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
