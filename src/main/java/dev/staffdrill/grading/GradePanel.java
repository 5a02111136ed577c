package dev.staffdrill.grading;

import dev.staffdrill.drill.GradeDisplay;
import dev.staffdrill.web.Views;

import java.util.LinkedHashMap;
import java.util.Map;

/** Grading as the drill pages see it: the rendered grade panel and the levels of the current grade. */
public final class GradePanel implements GradeDisplay {
    private final GradingService grading;
    private final Views views;

    public GradePanel(GradingService grading, Views views) {
        this.grading = grading;
        this.views = views;
    }

    @Override
    public String panelHtml(long attemptId, String pollUrl) {
        return views.render("grading/grade-panel.jte", grading.view(attemptId, pollUrl));
    }

    @Override
    public void regrade(long attemptId) {
        grading.regrade(attemptId);
    }

    @Override
    public Map<String, String> levels(long attemptId) {
        Map<String, String> out = new LinkedHashMap<>();
        grading.latest(attemptId).ifPresent(g -> g.dimensions().forEach(d -> out.put(d.dimension(), d.level().label())));
        return out;
    }
}
