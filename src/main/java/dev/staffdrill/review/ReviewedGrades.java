package dev.staffdrill.review;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.drill.GradeDisplay;
import dev.staffdrill.grading.GradePanel;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the drill pages show of a grade, with the instructor's review laid over grading's
 * {@link GradePanel}: the summary's levels are the levels that stand ({@link StandingLevels}), and
 * the result page shows the instructor's level and comment under the automatic grade.
 */
public final class ReviewedGrades implements GradeDisplay {
    private final GradePanel grading;
    private final OverrideRepository overrides;
    private final ContentStore content;
    private final Views views;

    public ReviewedGrades(GradePanel grading, OverrideRepository overrides, ContentStore content, Views views) {
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
        Map<String, String> out = new LinkedHashMap<>();
        StandingLevels.levels(grading.gradedLevels(attemptId),
                        overrides.current(attemptId).values().stream().map(StandingLevels::of).toList())
                .forEach((d, level) -> out.put(d, level.label()));
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
        return views.render("review/review-notes.jte", notes);
    }
}
