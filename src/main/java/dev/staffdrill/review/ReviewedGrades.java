package dev.staffdrill.review;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.drill.GradeDisplay;
import dev.staffdrill.grading.GradePanel;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Views;
import gg.jte.Content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the drill pages show of a grade, with the instructor's review laid over grading's
 * {@link GradePanel}: the summary's levels are the levels that stand ({@link StandingLevels}), and
 * the result page shows the instructor's level and comment above the automatic grade.
 */
public final class ReviewedGrades implements GradeDisplay {
    private final GradePanel grading;
    private final OverrideRepository overrides;
    private final ContentStore content;
    private final Views views;
    private final ReviewRepository reviews;

    public ReviewedGrades(GradePanel grading, OverrideRepository overrides, ContentStore content, Views views,
                          ReviewRepository reviews) {
        this.grading = grading;
        this.overrides = overrides;
        this.content = content;
        this.views = views;
        this.reviews = reviews;
    }

    /** Flags that mean "a person must look first": such a grade is shown, but counts nowhere until reviewed. */
    static final List<String> HOLD_FLAGS = dev.staffdrill.notice.ReviewMarks.HOLD;
    static final String AWAITING = "Awaiting review";

    /** The current grade carries a hold flag and no instructor has marked it reviewed. */
    boolean awaitingReview(long attemptId) {
        return reviews.current(attemptId)
                .filter(c -> c.flags().stream().anyMatch(HOLD_FLAGS::contains))
                .filter(c -> !reviews.reviewed(attemptId, c.gradeId()))
                .isPresent();
    }

    /** What the learner sees of one override. */
    public record Note(String dimension, String level, String levelKey, String comment, String by, String when) {
    }

    /**
     * The instructor's part of the learner's result page: the grade is held for review
     * ({@code awaiting}), an instructor looked and left the grade as it is ({@code keptAsIs}), and
     * the levels they replaced, with comments.
     */
    public record ReviewNotes(boolean awaiting, boolean keptAsIs, List<Note> notes) {
    }

    @Override
    public Content panel(long attemptId, String pollUrl) {
        return grading.panel(attemptId, pollUrl);
    }

    @Override
    public Map<String, String> levels(long attemptId) {
        Map<String, String> out = new LinkedHashMap<>();
        StandingLevels.levels(grading.gradedLevels(attemptId),
                        overrides.current(attemptId).values().stream().map(StandingLevels::of).toList())
                .forEach((d, level) -> out.put(d, level.label()));
        if (awaitingReview(attemptId)) { // an override is a person's level: it stands; the rest waits
            var overridden = overrides.current(attemptId).keySet();
            out.replaceAll((d, level) -> overridden.contains(d) ? level : AWAITING);
        }
        return out;
    }

    @Override
    public Map<String, List<String>> signalQuotes(long attemptId) {
        return grading.signalQuotes(attemptId);
    }

    @Override
    public boolean regradeCanChange(long attemptId) {
        return grading.regradeCanChange(attemptId);
    }

    @Override
    public void regrade(long attemptId) {
        grading.regrade(attemptId);
    }

    @Override
    public Content reviewNotes(long attemptId) {
        var current = overrides.current(attemptId);
        boolean awaiting = awaitingReview(attemptId);
        boolean keptAsIs = current.isEmpty()
                && reviews.current(attemptId).filter(c -> reviews.reviewed(attemptId, c.gradeId())).isPresent();
        if (!awaiting && !keptAsIs && current.isEmpty()) {
            return Views.NOTHING;
        }
        Rubric rubric = content.bank().rubric();
        List<Note> notes = current.values().stream().map(o -> new Note(
                rubric.dimension(o.dimension()).map(Rubric.Dimension::label).orElse(o.dimension()), o.level().label(),
                o.level().key(), o.comment(), o.instructorName(), Forms.when(o.createdAt()))).toList();
        return views.fragment("review/review-notes.jte", new ReviewNotes(awaiting, keptAsIs, notes));
    }
}
