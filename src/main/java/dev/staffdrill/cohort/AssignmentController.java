package dev.staffdrill.cohort;

import dev.staffdrill.authoring.AuthoredSet;
import dev.staffdrill.authoring.AuthoredSets;
import dev.staffdrill.cohort.CohortPages.AssignmentRow;
import dev.staffdrill.cohort.CohortPages.AssignmentsPage;
import dev.staffdrill.cohort.CohortPages.Draft;
import dev.staffdrill.cohort.CohortPages.Option;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.ViewerZone;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The instructor assigns a set (from content/ or one they built) to a cohort, with an optional due date and clock. */
public final class AssignmentController {
    private final Views views;
    private final Pages pages;
    private final CohortRepository cohorts;
    private final AssignmentRepository assignments;
    private final CompletionRepository completions;
    private final AuthoredSets authored;
    private final ContentStore content;
    private final CohortAccess access;
    private final Clock clock;

    AssignmentController(Views views, Pages pages, CohortRepository cohorts, AssignmentRepository assignments,
                                CompletionRepository completions, AuthoredSets authored, ContentStore content,
                                Clock clock) {
        this.views = views;
        this.pages = pages;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.completions = completions;
        this.authored = authored;
        this.content = content;
        this.access = new CohortAccess(cohorts);
        this.clock = clock;
    }

    public void list(Context ctx) {
        render(ctx, access.owned(ctx), "", Draft.empty(ViewerZone.name(ViewerZone.of(ctx))), "");
    }

    private void render(Context ctx, Cohort cohort, String error, Draft draft, String chosenSet) {
        ZoneId zone = ViewerZone.of(ctx);
        long me = CohortAccess.userId(ctx);
        int members = cohorts.members(cohort.id()).size();
        List<Completion> progress = completions.forCohort(cohort.id());
        List<AssignmentRow> rows = assignments.forCohort(cohort.id()).stream().map(a -> {
            var mine = progress.stream().filter(c -> c.assignmentId() == a.id()).toList();
            int done = (int) mine.stream().filter(c -> c.status(a).done()).count();
            int late = (int) mine.stream().filter(c -> c.late(a)).count();
            var set = set(a.setId(), me);
            return new AssignmentRow(a.id(), a.title(), set.map(ExerciseSet::title).orElse(a.setId() + " (missing)"),
                    a.dueAt() == null ? "no due date" : ViewerZone.when(a.dueAt(), zone),
                    a.minutesPerQuestion() == null ? "each question's own" : a.minutesPerQuestion() + " min per question",
                    set.map(s -> s.questionIds().size()).orElse(0), done, late, members);
        }).toList();
        views.html(ctx, "cohort/assignments.jte", new AssignmentsPage(pages.shell(ctx, cohort.name() + " · assignments"),
                Headers.of(ctx, cohort, "assignments"), rows, setOptions(me, chosenSet), error, draft));
    }

    public void create(Context ctx) {
        Cohort cohort = access.owned(ctx);
        long me = CohortAccess.userId(ctx);
        String setId = Forms.optional(ctx, "setId");
        ExerciseSet set = set(setId, me).orElseThrow(() -> new BadRequestResponse("Choose one of the exercise sets."));
        String title = Forms.optional(ctx, "title");
        if (title.length() > 300) {
            throw new BadRequestResponse("The title is longer than 300 characters.");
        }
        // The due date is typed in the instructor's own zone (the form's hidden tz field, from the
        // browser); without a zone we know, it is read as UTC and the notice says so.
        String tz = Forms.optional(ctx, "tz");
        var named = ViewerZone.parse(tz);
        ZoneId zone = named.orElse(ZoneOffset.UTC);
        Instant due = Forms.local(ctx.formParam("due"), zone);
        Integer minutes = Forms.minutes(ctx.formParam("minutes"));
        Integer probes = Forms.wholeNumber(ctx.formParam("probes"), 0, 3,
                "Follow-ups per answer must be a whole number from 0 to 3.");
        Instant now = clock.instant();
        // A past due date is confirmed rather than refused: re-assigning last week's set is real, but
        // so is a typo in the year, and every answer would silently count late.
        if (due != null && due.isBefore(now) && ctx.formParam("confirmPast") == null) {
            ctx.status(422);
            render(ctx, cohort, "The due date " + ViewerZone.when(due, zone) + " has already passed: every answer "
                            + "would count late. Change it, or tick \"Yes, the due date is in the past\" and assign again.",
                    new Draft(title, Forms.optional(ctx, "due"), Forms.optional(ctx, "minutes"), tz,
                            ViewerZone.name(zone), true), set.id());
            return;
        }
        assignments.create(cohort.id(), set.id(), title.isEmpty() ? set.title() : title, due, minutes, now,
                probes == null ? 0 : probes);
        String when = due == null ? "" : " Due " + ViewerZone.when(due, zone)
                + (named.isEmpty() ? " (read as UTC: your browser did not say its time zone)" : "") + ".";
        Pages.redirectWithNotice(ctx, "/cohorts/" + cohort.id() + "/assignments",
                "Assigned \"" + set.title() + "\"." + when + " Members see it on their assignments page.");
    }

    /** A content/ set, or a set this instructor built; another instructor's set is not offered. */
    private Optional<ExerciseSet> set(String setId, long me) {
        ContentBank bank = content.bank();
        return bank.set(setId).or(() -> authored.find(setId).filter(o -> o.ownerId() == me)
                .map(AuthoredSet::set));
    }

    private List<Option> setOptions(long me, String chosen) {
        ContentBank bank = content.bank();
        List<Option> out = new ArrayList<>();
        for (ExerciseSet s : authored.ownedBy(me)) {
            out.add(new Option(s.id(), "Yours: " + s.title() + " (" + s.questionIds().size() + " questions)",
                    s.id().equals(chosen)));
        }
        for (ExerciseSet s : bank.sets()) {
            out.add(new Option(s.id(), s.title() + " (" + s.questionIds().size() + " questions)", s.id().equals(chosen)));
        }
        return out;
    }
}
