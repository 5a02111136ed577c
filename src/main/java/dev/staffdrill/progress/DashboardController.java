package dev.staffdrill.progress;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Question;
import dev.staffdrill.drill.AnsweredQuestion;
import dev.staffdrill.drill.Drill;
import dev.staffdrill.drill.DrillMode;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.notice.Notices;
import dev.staffdrill.notice.ReviewMarks;
import dev.staffdrill.progress.ProgressPages.Assignment;
import dev.staffdrill.progress.ProgressPages.Due;
import dev.staffdrill.progress.ProgressPages.Gap;
import dev.staffdrill.progress.ProgressPages.Pick;
import dev.staffdrill.progress.ProgressPages.RecentDrill;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.ViewerZone;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The signed-in learner's home: where they stand, what is due, and the next drill in one click. */
public final class DashboardController {
    static final int NEXT_DRILL = 5;
    static final int DUE_SHOWN = 8;
    private final Views views;
    private final Pages pages;
    private final ProgressService progress;
    private final DrillReads drills;
    private final AssignmentsSource assignments;
    private final ReviewMarks marks;
    private final Notices notices;

    DashboardController(Views views, Pages pages, ProgressService progress, DrillReads drills,
                               AssignmentsSource assignments, ReviewMarks marks, Notices notices) {
        this.marks = marks;
        this.notices = notices;
        this.views = views;
        this.pages = pages;
        this.progress = progress;
        this.drills = drills;
        this.assignments = assignments;
    }

    public void dashboard(Context ctx) {
        User user = Auth.current(ctx).user();
        ContentBank bank = progress.bank();
        ProgressService.Loaded l = progress.load(user.id());
        Scorecard card = progress.scorecard(l);
        Map<String, ReviewSchedule.Item> schedule = progress.schedule(l);
        Instant now = progress.now();
        java.time.ZoneId zone = ViewerZone.of(ctx);

        List<Gap> gaps = SignalChecklist.gaps(progress.signals(l)).stream().limit(3)
                .map(r -> new Gap(r.signal().name(), r.dimensionLabel(), r.present(), r.answers(), r.percent(),
                        r.exampleMissing())).toList();
        String weakest = card.weakestFirst().stream().findFirst()
                .map(r -> r.dimension().label() + " (" + r.overall().text() + ")").orElse("");
        Instant endOfToday = progress.endOfToday();
        List<ProgressService.Review> week = progress.reviews(l, schedule, endOfToday.plus(Duration.ofDays(UPCOMING_DAYS)));
        List<ProgressService.Review> dueItems = week.stream().filter(r -> r.due().isBefore(endOfToday)).toList();
        List<ProgressService.Review> later = week.stream().filter(r -> !r.due().isBefore(endOfToday)).toList();
        List<Due> due = dueItems.stream().limit(DUE_SHOWN).map(r -> due(bank, r, when(r.due(), now))).toList();
        List<Due> upcoming = later.stream().limit(DUE_SHOWN).map(r -> due(bank, r, in(r.due(), now))).toList();
        List<Pick> next = progress.gapDrill(l, schedule, card, NEXT_DRILL).stream()
                .map(bank::question).flatMap(java.util.Optional::stream)
                .map(q -> new Pick(q.title(), bank.chapterLabel(q.chapter()), q.dimensions(), reason(schedule.get(q.id()), now)))
                .toList();
        List<Drill> latest = drills.drills(user.id(), 20);
        List<RecentDrill> recent = latest.stream().limit(5)
                .map(d -> new RecentDrill(d.id(), d.title(), ProgressController.WHEN.format(d.createdAt()),
                        d.finishedAt() == null ? "unfinished" : "finished", d.finishedAt() == null)).toList();
        // One gap drill at a time: while one is open the dashboard offers to resume it, not a second one.
        long openGap = latest.stream().filter(d -> d.mode() == DrillMode.GAP && d.finishedAt() == null)
                .mapToLong(Drill::id).findFirst().orElse(0);
        List<Assignment> assigned = assignments.forLearner(user.id()).stream()
                .map(a -> new Assignment(a.title(), a.due() == null ? "no due date" : "due " + ViewerZone.when(a.due(), zone),
                        a.status(), a.startUrl(), a.done(), !a.done() && a.due() != null && now.isAfter(a.due())))
                .sorted(java.util.Comparator.comparing(Assignment::overdue).reversed()).toList();
        views.html(ctx, "progress/dashboard.jte", new ProgressPages.DashboardPage(pages.shell(ctx, "Your progress"),
                user.displayName(), card.rows(), gaps, weakest, due, Math.max(0, dueItems.size() - due.size()), next,
                recent, assigned, progress.activity(user.id()), !l.observations().isEmpty(), openGap,
                reviewed(user.id()), upcoming, Math.max(0, later.size() - upcoming.size())));
    }

    /** "Upcoming reviews" look this far ahead; starting one early is "study ahead". */
    static final int UPCOMING_DAYS = 7;

    private static Due due(ContentBank bank, ProgressService.Review r, String when) {
        Question q = bank.question(r.questionId()).orElseThrow();
        return new Due(q.id(), q.title(), bank.chapterLabel(q.chapter()), r.lastLevel(), when, !q.kind().followUp(),
                r.skipped());
    }

    /** "tomorrow", "in 3 days" (calendar days, UTC, like {@link #when}). */
    static String in(Instant due, Instant now) {
        long days = Duration.between(now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC),
                due.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC)).toDays();
        return days <= 1 ? "tomorrow" : "in " + days + " days";
    }

    static final int REVIEWED_SHOWN = 5;

    /** The answers an instructor reviewed most recently, newest first. */
    private List<ProgressPages.Reviewed> reviewed(long userId) {
        Instant seen = notices.reviewsSeenAt(userId);
        return marks.forLearner(userId).entrySet().stream().filter(e -> e.getValue().reviewed())
                .sorted(java.util.Comparator.comparing((Map.Entry<Long, ReviewMarks.Mark> e) -> e.getValue().reviewedAt()).reversed())
                .limit(REVIEWED_SHOWN)
                .flatMap(e -> drills.attempt(e.getKey(), userId).stream().map(a -> new ProgressPages.Reviewed(a.id(),
                        drills.question(a).map(AnsweredQuestion::title).orElse(a.questionId()),
                        ProgressController.WHEN.format(e.getValue().reviewedAt()), e.getValue().reviewedAt().isAfter(seen))))
                .toList();
    }

    static String reason(ReviewSchedule.Item item, Instant now) {
        if (item == null) {
            return "new";
        }
        return item.dueBy(now) ? "review due" : "review early";
    }

    /** "due today", "overdue by 3 days". */
    static String when(Instant due, Instant now) {
        long days = Duration.between(due.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC),
                now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC)).toDays();
        if (days <= 0) {
            return "due today";
        }
        return "overdue by " + days + (days == 1 ? " day" : " days");
    }
}
