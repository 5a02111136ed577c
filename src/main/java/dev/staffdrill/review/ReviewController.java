package dev.staffdrill.review;

import dev.staffdrill.cohort.Assignment;
import dev.staffdrill.cohort.Cohort;
import dev.staffdrill.cohort.CohortAccess;
import dev.staffdrill.cohort.CohortPages;
import dev.staffdrill.cohort.CohortReads;
import dev.staffdrill.cohort.Headers;
import dev.staffdrill.cohort.Member;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.drill.Attempt;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.ThreadViews;
import dev.staffdrill.grading.GradePanel;
import dev.staffdrill.review.ReviewPages.AttemptPage;
import dev.staffdrill.review.ReviewPages.DimensionRow;
import dev.staffdrill.review.ReviewPages.HistoryRow;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grade review: the instructor opens an assignment attempt of a member of a cohort they own, sees the answer
 * and the automatic grade (grading's own panel: evidence, flags, LLM or offline), and overrides
 * levels with a comment the learner will read. Lists (a learner's work, the queue) are in {@link ReviewLists}.
 */
public final class ReviewController {
    private final Views views;
    private final Pages pages;
    private final CohortReads cohorts;
    private final ReviewRepository reviews;
    private final OverrideRepository overrides;
    private final DrillReads drills;
    private final GradePanel grades;
    private final ContentStore content;
    private final CohortAccess access;
    private final Clock clock;


    ReviewController(Views views, Pages pages, CohortReads cohorts,
                            ReviewRepository reviews, OverrideRepository overrides, DrillReads drills,
                            GradePanel grades, ContentStore content, Clock clock) {
        this.views = views;
        this.pages = pages;
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.overrides = overrides;
        this.drills = drills;
        this.grades = grades;
        this.content = content;
        this.access = cohorts.access();
        this.clock = clock;
    }

    /**
     * A submitted attempt, made for one of this cohort's assignments, by a current member of a cohort
     * the instructor owns; anything else is 404. Strict on purpose: a learner's own practice, or
     * work for another instructor's cohort, is not this instructor's to read or regrade.
     */
    private record Target(Cohort cohort, Member member, Attempt attempt, Assignment assignment) {
    }

    private Target target(Context ctx) {
        Cohort cohort = access.owned(ctx);
        long attemptId = CohortAccess.id(ctx, "attemptId");
        var owner = reviews.owner(attemptId).filter(o -> o.assignmentId() != null).orElseThrow(NotFoundResponse::new);
        Assignment assignment = cohorts.assignment(owner.assignmentId(), cohort.id()).orElseThrow(NotFoundResponse::new);
        Member member = cohorts.member(cohort.id(), owner.userId()).orElseThrow(NotFoundResponse::new);
        Attempt a = drills.attempt(attemptId, owner.userId()).filter(Attempt::submitted).orElseThrow(NotFoundResponse::new);
        return new Target(cohort, member, a, assignment);
    }

    private String pollUrl(Target t) {
        return "/cohorts/" + t.cohort().id() + "/attempts/" + t.attempt().id() + "/grade";
    }

    public void show(Context ctx) {
        Target t = target(ctx);
        var snap = drills.question(t.attempt()).orElseThrow(NotFoundResponse::new);
        ContentBank bank = content.bank();
        Rubric rubric = bank.rubric();
        var current = reviews.current(t.attempt().id());
        Map<String, GradeOverride> over = overrides.current(t.attempt().id());
        List<DimensionRow> dims = snap.dimensions().stream().map(d -> {
            Level auto = current.map(c -> c.levels().get(d)).orElse(null);
            GradeOverride o = over.get(d);
            Level now = o != null ? o.level() : auto;
            return new DimensionRow(d, rubric.dimension(d).map(Rubric.Dimension::label).orElse(d),
                    auto == null ? "not graded" : auto.label(), auto == null ? "none" : auto.key(),
                    now == null ? "not graded" : now.label(), now == null ? "none" : now.key(), o == null ? "" : o.comment());
        }).toList();
        List<HistoryRow> history = overrides.history(t.attempt().id()).stream().map(o -> new HistoryRow(o.dimension(),
                o.level().label(), o.comment(), o.instructorName(), Forms.when(o.createdAt()))).toList();
        List<CohortPages.Option> levels = new ArrayList<>();
        levels.add(new CohortPages.Option("", "Keep", true));
        for (Level l : Level.values()) {
            levels.add(new CohortPages.Option(l.name(), l.label(), false));
        }
        views.html(ctx, "review/attempt.jte", new AttemptPage(pages.shell(ctx, "Review · " + snap.title()),
                Headers.of(ctx, t.cohort(), "review"), t.attempt().id(), t.member().displayName(), t.member().userId(),
                snap.title(), bank.chapterLabel(snap.chapter()), t.assignment().title(),
                Forms.when(t.attempt().submittedAt()), t.assignment().late(t.attempt().submittedAt()),
                t.attempt().answer(), grades.panel(t.attempt().id(), pollUrl(t)),
                current.map(c -> Labels.grader(c.grader())).orElse(""),
                current.map(c -> Labels.flags(c.flags())).orElse(List.of()), current.isPresent(),
                current.map(c -> reviews.reviewed(t.attempt().id(), c.gradeId())).orElse(false), dims, history, levels,
                ThreadViews.turns(drills.thread(t.attempt().id()), t.attempt().answer(),
                        grades.signalQuotes(t.attempt().id()), rubric, true)));
    }

    /** The grade panel alone, polled while grading runs (the learner's poll URL is not the instructor's to use). */
    public void gradePanel(Context ctx) {
        Target t = target(ctx);
        views.html(ctx, grades.panel(t.attempt().id(), pollUrl(t)));
    }

    public void override(Context ctx) {
        Target t = target(ctx);
        var snap = drills.question(t.attempt()).orElseThrow(NotFoundResponse::new);
        Map<String, Level> levels = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (String d : snap.dimensions()) {
            String v = Forms.optional(ctx, "level_" + d);
            if (v.isEmpty()) {
                continue;
            }
            try {
                levels.put(d, Level.valueOf(v));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("Unknown level '" + v + "'.");
            }
            String comment = Forms.optional(ctx, "comment_" + d);
            if (comment.isEmpty()) {
                throw new BadRequestResponse("Say why in a comment for " + d + ": the learner reads it beside the new level.");
            }
            if (comment.length() > 4000) {
                throw new BadRequestResponse("The comment for " + d + " is longer than 4,000 characters.");
            }
            comments.put(d, comment);
        }
        if (levels.isEmpty()) {
            throw new BadRequestResponse("Choose a new level for at least one dimension, or mark the grade reviewed.");
        }
        Long gradeId = reviews.current(t.attempt().id()).map(ReviewRepository.Current::gradeId).orElse(null);
        overrides.override(t.attempt().id(), levels, comments, CohortAccess.userId(ctx), gradeId, clock.instant());
        Pages.redirectWithNotice(ctx, pollUrl(t).replace("/grade", ""), "Override saved: "
                + String.join(", ", levels.keySet()) + ". The learner sees it on their result page and scorecard.");
    }

    /** The automatic grade stands: it leaves the needs-review queue. */
    public void markReviewed(Context ctx) {
        Target t = target(ctx);
        var current = reviews.current(t.attempt().id())
                .orElseThrow(() -> new BadRequestResponse("There is no grade to review yet."));
        overrides.markReviewed(t.attempt().id(), current.gradeId(), CohortAccess.userId(ctx), clock.instant());
        Pages.redirectWithNotice(ctx, "/cohorts/" + t.cohort().id() + "/review", "Marked reviewed.");
    }
}
