package dev.staffdrill.grading;

import dev.staffdrill.content.Level;
import dev.staffdrill.web.Views;
import gg.jte.Content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grading as pages see it: the rendered grade panel and the levels of the newest grade, before any
 * instructor review. What a learner is shown as their level comes from review's StandingLevels, which
 * lays the overrides over {@link #gradedLevels}.
 */
public final class GradePanel {
    private final GradingService grading;
    private final Views views;

    public GradePanel(GradingService grading, Views views) {
        this.grading = grading;
        this.views = views;
    }

    /** The grade panel for a submitted attempt; it polls {@code pollUrl} while grading runs. */
    public Content panel(long attemptId, String pollUrl) {
        return views.fragment("grading/grade-panel.jte", grading.view(attemptId, pollUrl));
    }

    /** Whether grading again could change the result (see {@link GradingService#regradeCanChange}). */
    public boolean regradeCanChange(long attemptId) {
        return grading.regradeCanChange(attemptId);
    }

    /** Asks for a fresh grade; earlier grades stay in the history. */
    public void regrade(long attemptId) {
        grading.regrade(attemptId);
    }

    /** Signal id → the newest grade's quotes that show it (verified against the learner's words). */
    public Map<String, java.util.List<String>> signalQuotes(long attemptId) {
        Map<String, java.util.List<String>> out = new LinkedHashMap<>();
        grading.latest(attemptId).ifPresent(g -> g.dimensions().forEach(d -> d.evidence().stream()
                .filter(e -> !e.signalId().isBlank())
                .forEach(e -> out.computeIfAbsent(e.signalId(), k -> new java.util.ArrayList<>()).add(e.quote()))));
        return out;
    }

    /** Dimension id → level of the newest grade; empty before the first grade. */
    public Map<String, Level> gradedLevels(long attemptId) {
        Map<String, Level> out = new LinkedHashMap<>();
        grading.latest(attemptId).ifPresent(g -> g.dimensions().forEach(d -> out.put(d.dimension(), d.level())));
        return out;
    }
}
