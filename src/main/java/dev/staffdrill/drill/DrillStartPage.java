package dev.staffdrill.drill;

import dev.staffdrill.account.Auth;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.drill.DrillPages.ModeCard;
import dev.staffdrill.drill.DrillPages.Option;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;

/** Builds the start page: what each mode is, what there is to choose from, and what you did last. */
final class DrillStartPage {
    private final Views views;
    private final Pages pages;
    private final ContentStore content;
    private final DrillRepository repo;

    DrillStartPage(Views views, Pages pages, ContentStore content, DrillRepository repo) {
        this.views = views;
        this.pages = pages;
        this.content = content;
        this.repo = repo;
    }

    void render(Context ctx, String error) {
        ContentBank bank = content.bank();
        long userId = Auth.current(ctx).user().id();
        var modes = Arrays.stream(DrillMode.values()).filter(m -> m != DrillMode.PICK).map(m -> new ModeCard(m.name(), m.label(), m.blurb())).toList();
        List<Option> chapters = bank.chapters().stream()
                .map(c -> new Option(String.valueOf(c.number()), c.label())).toList();
        List<Option> exercises = bank.questions().stream().filter(q -> !q.kind().followUp())
                .map(q -> new Option(q.id(), "Ch " + q.chapter() + " · " + q.kind().label() + " · " + q.title()
                        + " (" + q.minutes() + " min)")).toList();
        List<Option> sets = bank.sets().stream().map(s -> new Option(s.id(), s.title() + " (" + s.questionIds().size()
                + " questions, " + s.questionIds().stream().mapToInt(id -> bank.question(id).map(q -> q.minutes()).orElse(0)).sum()
                + " min)")).toList();
        var last = repo.drills(userId, 1).stream().findFirst();
        views.html(ctx, "drill/start.jte", new DrillPages.StartPage(pages.shell(ctx, "Start a drill"), modes, chapters,
                exercises, sets, last.map(d -> d.title() + (d.finishedAt() == null ? " — unfinished" : " — finished")).orElse(""),
                last.map(d -> "/drills/" + d.id()).orElse(""), error));
    }
}
