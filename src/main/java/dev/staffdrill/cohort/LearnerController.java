package dev.staffdrill.cohort;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.cohort.LearnerPages.AssignmentsPage;
import dev.staffdrill.cohort.LearnerPages.InviteGonePage;
import dev.staffdrill.cohort.LearnerPages.JoinPage;
import dev.staffdrill.cohort.LearnerPages.Row;
import dev.staffdrill.drill.DrillMode;
import dev.staffdrill.drill.DrillController;
import dev.staffdrill.drill.DrillService;
import dev.staffdrill.notice.Notices;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.ViewerZone;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.jdbi.v3.core.JdbiException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The learner's side: join a cohort with its code, see assignments, start one in one click. */
public final class LearnerController {
    private final Views views;
    private final Pages pages;
    private final CohortRepository cohorts;
    private final AssignmentRepository assignments;
    private final DrillService drills;
    private final Clock clock;
    private final Notices notices;

    LearnerController(Views views, Pages pages, CohortRepository cohorts, AssignmentRepository assignments,
                             DrillService drills, Clock clock, Notices notices) {
        this.notices = notices;
        this.views = views;
        this.pages = pages;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.drills = drills;
        this.clock = clock;
    }

    /** The "enter a code" form submits here; a typed code becomes the link the instructor would have sent. */
    public void joinByCode(Context ctx) {
        String code = JoinCodes.normalise(ctx.queryParam("code"));
        if (code.isEmpty()) {
            Pages.redirectWithNotice(ctx, "/assignments", "Type the join code your instructor gave you.");
            return;
        }
        ctx.redirect("/join/" + URLEncoder.encode(code, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    /** Confirmation first: a link alone never adds anyone to a cohort (a GET must not change anything). */
    public void joinForm(Context ctx) {
        Cohort cohort = byCode(ctx);
        if (cohort == null) {
            inviteGone(ctx);
            return;
        }
        long me = Auth.current(ctx).user().id();
        views.html(ctx, "cohort/join.jte", new JoinPage(pages.shell(ctx, "Join " + cohort.name()), cohort.joinCode(),
                cohort.name(), cohorts.ownerName(cohort), cohorts.isMember(cohort.id(), me)));
    }

    public void join(Context ctx) {
        Cohort cohort = byCode(ctx);
        if (cohort == null) {
            inviteGone(ctx);
            return;
        }
        cohorts.join(cohort.id(), Auth.current(ctx).user().id(), clock.instant());
        Pages.redirectWithNotice(ctx, "/assignments", "You joined " + cohort.name()
                + ". Its assignments appear here as your instructor adds them.");
    }

    private Cohort byCode(Context ctx) {
        return cohorts.byCode(JoinCodes.normalise(ctx.pathParam("code"))).orElse(null);
    }

    private void inviteGone(Context ctx) {
        ctx.status(HttpStatus.NOT_FOUND);
        views.html(ctx, "cohort/invite-gone.jte", new InviteGonePage(pages.shell(ctx, "Invite no longer works")));
    }

    public void list(Context ctx) {
        Instant now = clock.instant();
        var zone = ViewerZone.of(ctx);
        List<Row> rows = assignments.forLearner(Auth.current(ctx).user().id()).stream().map(la -> {
            Assignment a = la.assignment();
            AssignmentStatus status = la.status();
            boolean overdue = !status.done() && a.dueAt() != null && now.isAfter(a.dueAt());
            return new Row(a.id(), a.title(), la.cohortName(), a.dueAt() == null ? "" : ViewerZone.when(a.dueAt(), zone),
                    status.label(), status.name().toLowerCase().replace('_', '-'), overdue,
                    la.drillId() == null ? "" : la.submitted() + " of " + la.questions() + " submitted",
                    la.drillId() == null ? "" : "/drills/" + la.drillId());
        }).toList();
        notices.sawAssignments(Auth.current(ctx).user().id()); // clears the nav badge on this very page
        views.html(ctx, "cohort/my-assignments.jte", new AssignmentsPage(pages.shell(ctx, "Assignments"), rows,
                cohorts.namesForMember(Auth.current(ctx).user().id())));
    }

    /**
     * Starts the assignment as a timed Set drill tied to it, or resumes the one already started:
     * a double click or a second tab lands on the same drill (a unique index backs this up).
     */
    public void start(Context ctx) {
        User user = Auth.current(ctx).user();
        long id = CohortAccess.id(ctx, "assignmentId");
        LearnerAssignment la = assignments.forLearner(id, user.id()).orElseThrow(NotFoundResponse::new);
        Long drillId = la.drillId();
        if (drillId == null) {
            Assignment a = la.assignment();
            try {
                drillId = DrillController.started(drills.start(user,
                        new DrillService.StartRequest(DrillMode.SET, 0, 0, null, a.setId(), true, a.id(),
                                a.probesPerQuestion())));
            } catch (JdbiException raced) {
                drillId = assignments.forLearner(id, user.id()).map(LearnerAssignment::drillId).orElse(null);
                if (drillId == null) {
                    throw raced;
                }
            }
        }
        ctx.redirect("/drills/" + drillId, HttpStatus.SEE_OTHER);
    }
}
