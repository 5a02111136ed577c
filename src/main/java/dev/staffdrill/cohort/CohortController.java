package dev.staffdrill.cohort;

import dev.staffdrill.cohort.CohortPages.ListPage;
import dev.staffdrill.cohort.CohortPages.ListRow;
import dev.staffdrill.cohort.CohortPages.MemberRow;
import dev.staffdrill.cohort.CohortPages.MembersPage;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The instructor's cohorts: create one, share or revoke its join code, see and remove members. */
public final class CohortController {
    private final Views views;
    private final Pages pages;
    private final CohortRepository cohorts;
    private final AssignmentRepository assignments;
    private final CompletionRepository completions;
    private final CohortAccess access;
    private final JoinCodes codes = new JoinCodes();
    private final Clock clock;

    CohortController(Views views, Pages pages, CohortRepository cohorts, AssignmentRepository assignments,
                            CompletionRepository completions, Clock clock) {
        this.views = views;
        this.pages = pages;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.completions = completions;
        this.access = new CohortAccess(cohorts);
        this.clock = clock;
    }

    public void list(Context ctx) {
        render(ctx, "");
    }

    private void render(Context ctx, String error) {
        List<ListRow> rows = cohorts.ownedBy(CohortAccess.userId(ctx)).stream()
                .map(l -> new ListRow(l.cohort().id(), l.cohort().name(), l.members(), l.assignments(),
                        l.cohort().joinable())).toList();
        views.html(ctx, "cohort/list.jte", new ListPage(pages.shell(ctx, "Cohorts"), rows, error));
    }

    public void create(Context ctx) {
        String name = Forms.text(ctx, "name", "A cohort name", 200);
        long id = cohorts.create(CohortAccess.userId(ctx), name, codes.next(), clock.instant());
        Pages.redirectWithNotice(ctx, "/cohorts/" + id + "/members",
                "Cohort created. Share the join link below with your learners.");
    }

    public void members(Context ctx) {
        Cohort cohort = access.owned(ctx);
        List<Assignment> set = assignments.forCohort(cohort.id());
        Map<Long, Assignment> byId = new HashMap<>();
        set.forEach(a -> byId.put(a.id(), a));
        Map<Long, Integer> done = new HashMap<>();
        for (Completion c : completions.forCohort(cohort.id())) {
            if (c.status(byId.get(c.assignmentId())).done()) {
                done.merge(c.userId(), 1, Integer::sum);
            }
        }
        List<MemberRow> rows = cohorts.members(cohort.id()).stream().map(m -> new MemberRow(m.userId(), m.displayName(),
                m.username(), Forms.when(m.joinedAt()), done.getOrDefault(m.userId(), 0) + " of " + set.size())).toList();
        views.html(ctx, "cohort/members.jte", new MembersPage(pages.shell(ctx, cohort.name() + " · members"),
                Headers.of(ctx, cohort, "members"), rows));
    }

    public void removeMember(Context ctx) {
        Cohort cohort = access.owned(ctx);
        Member m = access.member(ctx, cohort);
        cohorts.remove(cohort.id(), m.userId());
        Pages.redirectWithNotice(ctx, "/cohorts/" + cohort.id() + "/members",
                m.displayName() + " was removed from the cohort. Their own drills and answers are kept.");
    }

    /** A fresh code: the old link stops working at once. Also reopens joining after a revoke. */
    public void newCode(Context ctx) {
        Cohort cohort = access.owned(ctx);
        cohorts.setJoinCode(cohort.id(), cohort.ownerId(), codes.next());
        Pages.redirectWithNotice(ctx, "/cohorts/" + cohort.id() + "/members",
                "New join link made; the old one no longer works.");
    }

    public void closeJoining(Context ctx) {
        Cohort cohort = access.owned(ctx);
        cohorts.setJoinCode(cohort.id(), cohort.ownerId(), null);
        Pages.redirectWithNotice(ctx, "/cohorts/" + cohort.id() + "/members",
                "Joining is closed: the link no longer works. Make a new one to reopen.");
    }
}
