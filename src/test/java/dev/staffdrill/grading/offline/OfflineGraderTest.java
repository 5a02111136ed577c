package dev.staffdrill.grading.offline;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Evidence;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.staffdrill.grading.GradingFixtures.answer;
import static org.assertj.core.api.Assertions.assertThat;

class OfflineGraderTest {
    private static Rubric rubric;
    private static final Question QUESTION = dev.staffdrill.grading.GradingFixtures.question();
    private final OfflineGrader grader = new OfflineGrader();

    @BeforeAll
    static void loadRubric() {
        rubric = dev.staffdrill.grading.GradingFixtures.rubric();
    }

    private Map<String, Level> levels(String answer) {
        return grader.grade(rubric, QUESTION, answer).dimensions().stream()
                .collect(Collectors.toMap(DimensionGrade::dimension, DimensionGrade::level));
    }

    @Test
    void levelsRiseFromBlankToGenericToSolidToStaffOnEveryTargetDimension() {
        Map<String, Level> blank = levels("");
        Map<String, Level> generic = levels(answer("generic"));
        Map<String, Level> solid = levels(answer("solid"));
        Map<String, Level> staff = levels(answer("staff"));
        for (String d : QUESTION.dimensions()) {
            assertThat(List.of(blank.get(d), generic.get(d), solid.get(d), staff.get(d)))
                    .as("dimension %s: blank, generic, solid, staff", d)
                    .isSortedAccordingTo(Level::compareTo)
                    .doesNotHaveDuplicates();
        }
        assertThat(staff.values()).containsOnly(Level.STRONG);
        assertThat(blank.values()).containsOnly(Level.NOT_ADDRESSED);
    }

    @Test
    void keywordStuffedListIsNotStrongAnywhere() {
        Grade g = grader.grade(rubric, QUESTION, answer("stuffed"));
        assertThat(g.dimensions()).extracting(DimensionGrade::level).doesNotContain(Level.STRONG);
        assertThat(g.dimensions()).extracting(DimensionGrade::level).contains(Level.WEAK);
    }

    @Test
    void injectionAttemptIsFlagged() {
        assertThat(grader.grade(rubric, QUESTION, answer("injection")).flags())
                .contains(GradeFlag.INJECTION_SUSPECTED.name());
        assertThat(grader.grade(rubric, QUESTION, answer("staff")).flags()).isEmpty();
    }

    @Test
    void everyQuoteIsAVerbatimSubstringOfTheAnswer() {
        for (String name : List.of("generic", "solid", "staff", "stuffed", "injection")) {
            String a = answer(name);
            for (DimensionGrade d : grader.grade(rubric, QUESTION, a).dimensions()) {
                for (Evidence e : d.evidence()) {
                    assertThat(a).as("%s/%s", name, d.dimension()).contains(e.quote());
                    assertThat(e.quote()).hasSizeLessThanOrEqualTo(OfflineGrader.QUOTE_MAX);
                }
            }
        }
    }

    @Test
    void strongNeedsAQuantifiedSignal() {
        // three B signals in real sentences, not one number: Moderate with a "put numbers on it" nudge
        String a = "At first the follower becomes slow rather than dead, and then every write waits on it. "
                + "Because the slow follower is not dead, writes pile up behind it until the leader notices. "
                + "The leader falls back to asynchronous replication and the follower catches up from the log.";
        DimensionGrade b = grader.grade(rubric, QUESTION, a).dimension("B").orElseThrow();
        assertThat(b.signalsFound()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(b.level()).isEqualTo(Level.MODERATE);
        assertThat(b.feedback()).contains("numbers");
    }

    @Test
    void gradesOnlyTheQuestionsTargetDimensions() {
        Grade g = grader.grade(rubric, dev.staffdrill.grading.GradingFixtures.question(List.of("B", "C")),
                answer("staff"));
        assertThat(g.dimensions()).extracting(DimensionGrade::dimension).containsExactly("B", "C");
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE);
        assertThat(g.rubricVersion()).isEqualTo(rubric.version());
        assertThat(g.questionVersion()).isEqualTo("v-test-1");
    }

    @Test
    void missingBlastRadiusGetsTheBlastRadiusNudge() {
        String a = "If one follower becomes slow rather than dead, every write waits on it and checkouts stall.";
        DimensionGrade b = grader.grade(rubric, QUESTION, a).dimension("B").orElseThrow();
        assertThat(b.signalsFound()).contains("partial-failure");
        assertThat(b.signalsMissing()).contains("blast-radius");
        assertThat(b.feedback()).isNotBlank();
    }

    @Test
    void everyRubricSignalHasARule() {
        assertThat(rubric.signals()).allSatisfy(s -> assertThat(SignalRules.rule(s.id())).as(s.id()).isPresent());
    }

    @Test
    void gradingIsDeterministic() {
        String a = answer("staff");
        assertThat(grader.grade(rubric, QUESTION, a).dimensions()).isEqualTo(grader.grade(rubric, QUESTION, a).dimensions());
    }
}
