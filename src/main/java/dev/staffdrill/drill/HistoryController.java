package dev.staffdrill.drill;

import dev.staffdrill.account.Auth;
import dev.staffdrill.drill.DrillPages.HistoryAttempt;
import dev.staffdrill.drill.DrillPages.HistoryDrill;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Every drill and attempt of the learner, newest first; each attempt re-opens read-only. */
public final class HistoryController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Views views;
    private final Pages pages;
    private final DrillRepository repo;

    public HistoryController(Views views, Pages pages, DrillRepository repo) {
        this.views = views;
        this.pages = pages;
        this.repo = repo;
    }

    public void history(Context ctx) {
        long userId = Auth.current(ctx).user().id();
        var drills = repo.drills(userId, 200).stream().map(d -> {
            var attempts = repo.attempts(d.id(), userId).stream()
                    .map(a -> new HistoryAttempt(a.id(), d.titleOf(a, repo.snapshot(a.questionId(), a.questionVersion())
                            .map(DrillRepository.Snapshot::title).orElse(a.questionId())), DrillController.status(a)))
                    .toList();
            return new HistoryDrill(d.id(), d.title(), d.mode().label() + (d.timed() ? "" : " · practice, no clock"),
                    WHEN.format(d.createdAt()), d.finishedAt() == null ? "unfinished" : "finished", attempts);
        }).toList();
        views.html(ctx, "drill/history.jte", new DrillPages.HistoryPage(pages.shell(ctx, "History"), drills));
    }
}
