package dev.staffdrill.cohort;

import dev.staffdrill.authoring.AuthoredSetRepository;
import dev.staffdrill.cohort.CohortPages.AssignmentRow;
import dev.staffdrill.cohort.CohortPages.AssignmentsPage;
import dev.staffdrill.cohort.CohortPages.Option;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
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
    private final AuthoredSetRepository authored;
    private final ContentStore content;
    private final CohortAccess access;
    private final Clock clock;

    public AssignmentController(Views views, Pages pages, CohortRepository cohorts, AssignmentRepository assignments,
                                CompletionRepository completions, AuthoredSetRepository authored, ContentStore content,
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
        render(ctx, access.owned(ctx), "");
    }

    private void render(Context ctx, Cohort cohort, String error) {
        long me = CohortAccess.userId(ctx);
        int members = cohorts.members(cohort.id()).size();
        List<Completion> progress = completions.forCohort(cohort.id());
        List<AssignmentRow> rows = assignments.forCohort(cohort.id()).stream().map(a -> {
            var mine = progress.stream().filter(c -> c.assignmentId() == a.id()).toList();
            int done = (int) mine.stream().filter(c -> c.status(a).done()).count();
            int late = (int) mine.stream().filter(c -> c.status(a) == AssignmentStatus.LATE).count();
            var set = set(a.setId(), me);
            return new AssignmentRow(a.id(), a.title(), set.map(ExerciseSet::title).orElse(a.setId() + " (missing)"),
                    a.dueAt() == null ? "no due date" : Forms.when(a.dueAt()),
                    a.minutesPerQuestion() == null ? "each question's own" : a.minutesPerQuestion() + " min per question",
                    set.map(s -> s.questionIds().size()).orElse(0), done, late, members);
        }).toList();
        views.html(ctx, "cohort/assignments.jte", new AssignmentsPage(pages.shell(ctx, cohort.name() + " · assignments"),
                Headers.of(ctx, cohort, "assignments"), rows, setOptions(me), error));
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
        Instant due = Forms.utc(ctx.formParam("due"));
        Integer minutes = Forms.minutes(ctx.formParam("minutes"));
        assignments.create(cohort.id(), set.id(), title.isEmpty() ? set.title() : title, due, minutes, clock.instant());
        Pages.redirectWithNotice(ctx, "/cohorts/" + cohort.id() + "/assignments",
                "Assigned \"" + set.title() + "\". Members see it on their assignments page.");
    }

    /** A content/ set, or a set this instructor built; another instructor's set is not offered. */
    private Optional<ExerciseSet> set(String setId, long me) {
        ContentBank bank = content.bank();
        return bank.set(setId).or(() -> authored.find(setId).filter(o -> o.ownerId() == me)
                .map(AuthoredSetRepository.Owned::set));
    }

    private List<Option> setOptions(long me) {
        ContentBank bank = content.bank();
        List<Option> out = new ArrayList<>();
        for (ExerciseSet s : authored.ownedBy(me)) {
            out.add(new Option(s.id(), "Yours: " + s.title() + " (" + s.questionIds().size() + " questions)", false));
        }
        for (ExerciseSet s : bank.sets()) {
            out.add(new Option(s.id(), s.title() + " (" + s.questionIds().size() + " questions)", false));
        }
        return out;
    }
}
