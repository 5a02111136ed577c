package dev.staffdrill.home;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import dev.staffdrill.web.WebAttributes;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** The front page: a visitor sees what Staff Drill is; a signed-in learner sees their dashboard. */
public final class HomeController {
    private final Views views;
    private final Pages pages;
    private final ContentStore content;
    private final Handler dashboard;

    public HomeController(Views views, Pages pages, ContentStore content, Handler dashboard) {
        this.views = views;
        this.pages = pages;
        this.content = content;
        this.dashboard = dashboard;
    }

    public void home(Context ctx) throws Exception {
        if (ctx.attribute(WebAttributes.SESSION) != null) {
            dashboard.handle(ctx);
            return;
        }
        var bank = content.bank();
        var chapters = bank.chapters().stream()
                .map(c -> new HomePage.ChapterRow(c.number(), c.title(), bank.questionsOf(c.number()).size()))
                .toList();
        views.html(ctx, "home.jte", new HomePage(pages.shell(ctx, "Timed L6 system-design drills"), chapters,
                bank.questions().size(), bank.sets().size()));
    }
}
