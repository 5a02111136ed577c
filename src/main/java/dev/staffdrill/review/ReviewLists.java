package dev.staffdrill.review;

import dev.staffdrill.cohort.Assignment;
import dev.staffdrill.cohort.Cohort;
import dev.staffdrill.cohort.CohortAccess;
import dev.staffdrill.cohort.CohortReads;
import dev.staffdrill.cohort.Headers;
import dev.staffdrill.cohort.Member;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Level;
import dev.staffdrill.review.ReviewPages.AttemptRow;
import dev.staffdrill.review.ReviewPages.Cell;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists of answers to review: one learner's work in the cohort, and the queue of flagged grades. */
public final class ReviewLists {
    /**
     * Grade flags that ask for a human (grading's GradeFlag names). LLM_UNAVAILABLE and LLM_INVALID
     * only say the offline check stood in, which is no reason on its own to review.
     */
    static final Set<String> REVIEW_FLAGS = Set.of("NEEDS_REVIEW", "INJECTION_SUSPECTED", "QUOTE_DROPPED", "DISAGREEMENT");
    private final Views views;
    private final Pages pages;
    private final CohortReads cohorts;
    private final ResultsRepository results;
    private final ContentStore content;
    private final CohortAccess access;

    ReviewLists(Views views, Pages pages, CohortReads cohorts,
                       ResultsRepository results, ContentStore content) {
        this.views = views;
        this.pages = pages;
        this.cohorts = cohorts;
        this.results = results;
        this.content = content;
        this.access = cohorts.access();
    }

    public void learner(Context ctx) {
        Cohort cohort = access.owned(ctx);
        Member m = access.member(ctx, cohort);
        List<AttemptRow> rows = rows(cohort, results.forCohort(cohort.id(), null, m.userId()));
        views.html(ctx, "review/learner.jte", new ReviewPages.LearnerPage(pages.shell(ctx, m.displayName()),
                Headers.of(ctx, cohort, "members"), m.displayName(), m.username(),
                content.bank().rubric().dimensionIds(), rows));
    }

    /** Flagged current grades nobody has reviewed yet (an override or "mark reviewed" clears one). */
    public void queue(Context ctx) {
        Cohort cohort = access.owned(ctx);
        List<AttemptResult> flagged = results.forCohort(cohort.id(), null).stream()
                .filter(r -> !r.reviewed() && r.flags().stream().anyMatch(REVIEW_FLAGS::contains)).toList();
        views.html(ctx, "review/queue.jte", new ReviewPages.QueuePage(pages.shell(ctx, cohort.name() + " · needs review"),
                Headers.of(ctx, cohort, "review"), content.bank().rubric().dimensionIds(), rows(cohort, flagged)));
    }

    private List<AttemptRow> rows(Cohort cohort, List<AttemptResult> list) {
        ContentBank bank = content.bank();
        Map<Long, Assignment> byId = new HashMap<>();
        cohorts.assignments(cohort.id()).forEach(a -> byId.put(a.id(), a));
        Map<Long, String> names = new HashMap<>();
        cohorts.members(cohort.id()).forEach(m -> names.put(m.userId(), m.displayName()));
        List<String> dims = bank.rubric().dimensionIds();
        return list.stream().map(r -> {
            Assignment a = byId.get(r.assignmentId());
            List<Cell> cells = dims.stream().map(d -> {
                Level l = r.levels().get(d);
                return l == null ? new Cell(d, "none", "") : new Cell(d, l.key(), l.label());
            }).toList();
            return new AttemptRow(r.attemptId(), names.getOrDefault(r.userId(), ""), r.userId(),
                    a == null ? "" : a.title(), bank.question(r.questionId()).map(q -> q.title()).orElse(r.questionId()),
                    Forms.when(r.submittedAt()), a != null && a.late(r.submittedAt()),
                    r.graded() ? Labels.grader(r.grader()) : "grading…", Labels.flags(r.flags()), cells, !r.overridden().isEmpty());
        }).toList();
    }
}
