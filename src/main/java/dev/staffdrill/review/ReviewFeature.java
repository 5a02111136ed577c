package dev.staffdrill.review;

import dev.staffdrill.cohort.CohortFeature;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.GradeDisplay;
import dev.staffdrill.grading.GradePanel;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/**
 * The review feature's front door: grades as they stand (instructor overrides laid over grading's
 * panel, drill's {@link GradeDisplay} port) and the instructor's review pages.
 */
public final class ReviewFeature {
    private final ResultsRepository results;
    private final OverrideRepository overrides;
    private final ReviewRepository reviews;

    public ReviewFeature(Jdbi jdbi) {
        this.results = new ResultsRepository(jdbi);
        this.overrides = new OverrideRepository(jdbi);
        this.reviews = new ReviewRepository(jdbi);
    }

    /** What a learner's result page shows: the newest grade with instructor overrides applied. */
    public ReviewedGrades grades(GradePanel panel, ContentStore content, Views views) {
        return new ReviewedGrades(panel, overrides, content, views, reviews);
    }

    public ReviewControllers controllers(Views views, Pages pages, CohortFeature cohorts, DrillReads drills,
                                         GradePanel panel, ContentStore content, Clock clock) {
        return new ReviewControllers(
                new OverviewController(views, pages, cohorts.reads(),
                        results, content),
                new CohortCsvController(cohorts.reads(), results, content, drills, panel),
                new ReviewLists(views, pages, cohorts.reads(), results, content),
                new ReviewController(views, pages, cohorts.reads(), reviews, overrides, drills,
                        panel, content, clock));
    }
}
