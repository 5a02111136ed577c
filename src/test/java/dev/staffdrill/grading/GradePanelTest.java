package dev.staffdrill.grading;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.web.Views;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** grading/grade-panel.jte, rendered through the precompiled templates as in production. */
class GradePanelTest {
    private static Rubric rubric;
    private final Views views = new Views(false);

    @BeforeAll
    static void loadRubric() {
        rubric = GradingFixtures.rubric();
    }

    @Test
    void pendingPanelSaysGradingAndPollsItself() {
        String html = views.render("grading/grade-panel.jte", GradeViews.pending(GradingStatus.QUEUED, "/attempts/7/grade"));
        assertThat(html).contains("grading…", "hx-get=\"/attempts/7/grade\"", "hx-trigger=\"every 2s\"",
                "hx-swap=\"outerHTML\"");
    }

    @Test
    void offlineGradeSaysPlainlyItIsASignalCheckAndEscapesTheLearnersText() {
        String answer = "If one follower becomes slow rather than dead, every write waits <script>alert(1)</script> on it.";
        Grade g = new OfflineGrader().grade(rubric, GradingFixtures.question(), answer);
        assertThat(g.dimension("B").orElseThrow().evidence().get(0).quote()).contains("<script>");
        String html = views.render("grading/grade-panel.jte", GradeViews.of(GradingStatus.DONE, g, rubric, "/p"));
        assertThat(html).contains("Automatic signal check — it looks for the signals a Staff answer shows, not whether "
                + "the answer is correct.");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("class=\"level moderate\"", "Partial failure or slow dependency handled")
                .doesNotContain("hx-trigger");
    }

    @Test
    void llmGradeShowsTheModelTheSignalCheckBesideItAndItsFlags() {
        Grade offline = new OfflineGrader().grade(rubric, GradingFixtures.question(List.of("B")), "Add retries.");
        DimensionGrade llm = new DimensionGrade("B", Level.STRONG, List.of(new Evidence("blast-radius", "Add retries.")),
                List.of("blast-radius"), List.of("failure-timeline"), "Say for how long.");
        Grade g = new Grade(Grade.LLM, rubric.version(), "q", "v", List.of(llm), "Overall.",
                List.of(GradeFlag.NEEDS_REVIEW.name()), "gpt-x", "", offline.dimensions(), Instant.now());
        String html = views.render("grading/grade-panel.jte", GradeViews.of(GradingStatus.DONE, g, rubric, "/p"));
        assertThat(html).contains("LLM rubric grade (model gpt-x) with the offline signal check beside it.",
                "signal check: <span class=\"level weak\">Weak</span>", "the two disagree",
                "class=\"tag flag\"", GradeFlag.NEEDS_REVIEW.label());
    }

    @Test
    void failedPanelShowsTheReason() {
        String html = views.render("grading/grade-panel.jte", GradeViews.failed("attempt 3 was not found", "/p"));
        assertThat(html).contains("Grading failed: attempt 3 was not found").doesNotContain("hx-get");
    }
}
