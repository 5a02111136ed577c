package dev.staffdrill.cohort;

import dev.staffdrill.account.PersonalData;
import dev.staffdrill.authoring.AuthoredSets;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.drill.AssignedSets;
import dev.staffdrill.drill.DrillService;
import dev.staffdrill.notice.Notices;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/**
 * The cohort feature's front door: what review and progress read of it, the answer to drill's
 * {@link AssignedSets} port, its part of a learner's personal data, and its controllers.
 */
public final class CohortFeature {
    private final CohortRepository cohorts;
    private final AssignmentRepository assignments;
    private final CompletionRepository completions;

    public CohortFeature(Jdbi jdbi) {
        this.cohorts = new CohortRepository(jdbi);
        this.assignments = new AssignmentRepository(jdbi);
        this.completions = new CompletionRepository(jdbi);
    }

    /** What review and progress read of cohorts. */
    public CohortReads reads() {
        return new CohortReads(cohorts, assignments, completions);
    }

    /** Set drills resolve instructor-built sets and take an assignment's clock through this. */
    public AssignedSets sets(AuthoredSets authored) {
        return new CohortSets(authored, cohorts, assignments);
    }

    public PersonalData personalData() {
        return new CohortPersonalData(cohorts);
    }

    public CohortControllers controllers(Views views, Pages pages, AuthoredSets authored, ContentStore content,
                                         DrillService drills, Clock clock, Notices notices) {
        return new CohortControllers(
                new CohortController(views, pages, cohorts, assignments, completions, clock),
                new AssignmentController(views, pages, cohorts, assignments, completions, authored, content, clock),
                new LearnerController(views, pages, cohorts, assignments, drills, clock, notices));
    }
}
