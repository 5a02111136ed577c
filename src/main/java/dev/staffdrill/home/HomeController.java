package dev.staffdrill.home;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

/** The front page for visitors: what Staff Drill is and the chapters it drills. */
public final class HomeController {
    private final Views views;
    private final Pages pages;
    private final ContentStore content;

    public HomeController(Views views, Pages pages, ContentStore content) {
        this.views = views;
        this.pages = pages;
        this.content = content;
    }

    public void home(Context ctx) {
        var bank = content.bank();
        var chapters = bank.chapters().stream()
                .map(c -> new HomePage.ChapterRow(c.number(), c.title(), bank.questionsOf(c.number()).size()))
                .toList();
        views.html(ctx, "home.jte", new HomePage(pages.shell(ctx, "Staff Drill"), chapters,
                bank.questions().size(), bank.sets().size()));
    }
}
