package dev.staffdrill.review;

/** The review feature's handlers (cohort overview, CSV export, review queue, one attempt), handed to Routes. */
public record ReviewControllers(OverviewController overview, CohortCsvController export, ReviewLists lists,
                                ReviewController attempt) {
}
