package dev.staffdrill.review;

import dev.staffdrill.cohort.Assignment;
import dev.staffdrill.cohort.Cohort;
import dev.staffdrill.cohort.CohortAccess;
import dev.staffdrill.cohort.CohortPages.Option;
import dev.staffdrill.cohort.CohortReads;
import dev.staffdrill.cohort.Headers;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.review.ViewPages.OverviewPage;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/** The cohort overview: where the group is weak, who has done what, and how each question went. */
public final class OverviewController {
    private static final int SIGNALS_SHOWN = 8;
    private final Views views;
    private final Pages pages;
    private final CohortReads cohorts;
    private final ResultsRepository results;
    private final ContentStore content;
    private final CohortAccess access;

    OverviewController(Views views, Pages pages, CohortReads cohorts, ResultsRepository results, ContentStore content) {
        this.views = views;
        this.pages = pages;
        this.cohorts = cohorts;
        this.results = results;
        this.content = content;
        this.access = cohorts.access();
    }

    public void show(Context ctx) {
        Cohort cohort = access.owned(ctx);
        ContentBank bank = content.bank();
        List<Assignment> all = cohorts.assignments(cohort.id());
        // An unknown assignment id in the filter is not an error: it just shows everything.
        Assignment only = all.stream().filter(a -> String.valueOf(a.id()).equals(ctx.queryParam("assignment")))
                .findFirst().orElse(null);
        List<String> dims = bank.rubric().dimensionIds();
        String sort = ctx.queryParam("sort");
        if (sort == null || !(sort.equals("name") || sort.equals("weakest") || sort.equals("completion")
                || dims.contains(sort))) {
            sort = "name";
        }
        var summary = new CohortSummary(cohorts.members(cohort.id()), all, cohorts.completions(cohort.id()),
                results.forCohort(cohort.id(), only == null ? null : only.id()), bank);
        var questions = summary.questions();
        views.html(ctx, "review/overview.jte", new OverviewPage(pages.shell(ctx, cohort.name()),
                Headers.of(ctx, cohort, "overview"), assignmentOptions(all, only), sortOptions(bank.rubric(), sort), dims,
                bank.rubric().dimensions().stream().map(Rubric.Dimension::label).toList(), summary.heatmap(sort),
                summary.missingSignals(SIGNALS_SHOWN), summary.progress(dev.staffdrill.web.ViewerZone.of(ctx)), questions,
                questions.stream().mapToInt(ViewPages.QuestionRow::flagged).sum(),
                only == null ? "all assignments" : "\"" + only.title() + "\""));
    }

    private static List<Option> assignmentOptions(List<Assignment> all, Assignment only) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "All assignments", only == null));
        all.forEach(a -> out.add(new Option(String.valueOf(a.id()), a.title(), only != null && only.id() == a.id())));
        return out;
    }

    private static List<Option> sortOptions(Rubric rubric, String sort) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("name", "Name", sort.equals("name")));
        out.add(new Option("weakest", "Weakest overall first", sort.equals("weakest")));
        out.add(new Option("completion", "Fewest assignments done first", sort.equals("completion")));
        rubric.dimensions().forEach(d -> out.add(new Option(d.id(), "Weakest in " + d.label() + " first",
                sort.equals(d.id()))));
        return out;
    }
}
