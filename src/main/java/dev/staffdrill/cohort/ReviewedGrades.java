package dev.staffdrill.cohort;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.drill.GradeDisplay;
import dev.staffdrill.web.Views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps grading's {@link GradeDisplay} so instructor overrides take precedence on the learner's
 * pages: the summary's levels use the override, and the result page shows the instructor's level
 * and comment under the automatic grade. Applying overrides twice is harmless, so this holds
 * whether or not the wrapped display already applies them.
 */
public final class ReviewedGrades implements GradeDisplay {
    private final GradeDisplay grading;
    private final OverrideRepository overrides;
    private final ContentStore content;
    private final Views views;

    public ReviewedGrades(GradeDisplay grading, OverrideRepository overrides, ContentStore content, Views views) {
        this.grading = grading;
        this.overrides = overrides;
        this.content = content;
        this.views = views;
    }

    /** What the learner sees of one override. */
    public record Note(String dimension, String level, String levelKey, String comment, String by, String when) {
    }

    @Override
    public String panelHtml(long attemptId, String pollUrl) {
        return grading.panelHtml(attemptId, pollUrl);
    }

    @Override
    public Map<String, String> levels(long attemptId) {
        Map<String, String> out = new LinkedHashMap<>(grading.levels(attemptId));
        overrides.current(attemptId).forEach((d, o) -> out.put(d, o.level().label()));
        return out;
    }

    @Override
    public void regrade(long attemptId) {
        grading.regrade(attemptId);
    }

    @Override
    public String reviewNotesHtml(long attemptId) {
        var current = overrides.current(attemptId);
        if (current.isEmpty()) {
            return "";
        }
        Rubric rubric = content.bank().rubric();
        List<Note> notes = current.values().stream().map(o -> new Note(
                rubric.dimension(o.dimension()).map(Rubric.Dimension::label).orElse(o.dimension()), o.level().label(),
                o.level().key(), o.comment(), o.instructorName(), Forms.when(o.createdAt()))).toList();
        return views.render("cohort/review-notes.jte", notes);
    }
}
