package dev.staffdrill.cohort;

/** The cohort feature's handlers, handed to Routes as one value so its routes stay declared there. */
public record CohortControllers(CohortController cohorts, AssignmentController assignments,
                                LearnerController learners) {
}
