package dev.staffdrill.grading;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.web.Views;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the result page says about the grade's limits, its flags, the guidance points and technical errors. */
class GradePanelStandardsTest {
    private static Rubric rubric;
    private final Views views = new Views(false);

    @BeforeAll
    static void loadRubric() {
        rubric = GradingFixtures.rubric();
    }

    private static DimensionGrade weak(String d) {
        return new DimensionGrade(d, Level.WEAK, List.of(), List.of(), List.of(), "Touched only in passing.");
    }

    @Test
    void anOfflineGradeSaysInOneLineWhatItCanAndCannotTellAndFlagsReadAsSentences() {
        Grade g = new Grade(Grade.OFFLINE, rubric.version(), "q", "v", List.of(weak("B")), "Capped.",
                List.of(GradeFlag.OFF_TOPIC.name(), GradeFlag.LIST_NOT_REASONING.name()), "", "", List.of(),
                Instant.now(), List.of(new GuidancePoint("Does the arithmetic", true),
                new GuidancePoint("Carries it to users", false)), List.of());
        String html = views.render("grading/grade-panel.jte", GradeViews.of(GradingStatus.DONE, g, rubric, "/p"));
        assertThat(html).contains("it cannot tell a wrong mechanism or wrong arithmetic",
                "This reads as an answer to another question, so no dimension is above Weak.",
                "mostly labels and fragments, not sentences that reason",
                "Covers 1 of 2 of this question", "guidance points (by the words used, not their correctness)", "Does the arithmetic", "not covered");
        assertThat(html).doesNotContain(">OFF_TOPIC<", ">LIST_NOT_REASONING<");
    }

    @Test
    void anLlmGradeShowsTheTechnicalErrorWithItsQuoteAndCorrection() {
        Grade g = new Grade(Grade.LLM, rubric.version(), "q", "v", List.of(weak("B")), "Overall.",
                List.of(GradeFlag.TECHNICAL_ERROR.name()), "gpt-x", "", List.of(), Instant.now(), List.of(),
                List.of(new TechnicalError("B", "quorum hides a slow replica", "The coordinator waits for both.", true)));
        String html = views.render("grading/grade-panel.jte", GradeViews.of(GradingStatus.DONE, g, rubric, "/p"));
        assertThat(html).contains("Technical errors the LLM found", "quorum hides a slow replica",
                "Core error (caps B. Failure &amp; Degradation at Weak):", "The coordinator waits for both.",
                GradeFlag.TECHNICAL_ERROR.label());
        assertThat(html).doesNotContain("it cannot tell a wrong mechanism");
    }
}
