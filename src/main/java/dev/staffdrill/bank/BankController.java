package dev.staffdrill.bank;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.bank.BankFilter.Standing;
import dev.staffdrill.bank.BankPages.BankPage;
import dev.staffdrill.bank.BankPages.Option;
import dev.staffdrill.bank.BankPages.Row;
import dev.staffdrill.bank.BankPages.Selected;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;
import dev.staffdrill.drill.DrillService;
import dev.staffdrill.progress.ProgressService;
import dev.staffdrill.progress.ReviewSchedule;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Browse and search the question bank, see where you stand on each question, and drill any selection. */
public final class BankController {
    private final Views views;
    private final Pages pages;
    private final ProgressService progress;
    private final DrillService drills;

    public BankController(Views views, Pages pages, ProgressService progress, DrillService drills) {
        this.views = views;
        this.pages = pages;
        this.progress = progress;
        this.drills = drills;
    }

    public void browse(Context ctx) {
        render(ctx, BankFilter.from(ctx::queryParam), "");
    }

    /** Starts the picked questions (in page order) as one drill; nothing picked re-shows the page with why. */
    public void start(Context ctx) {
        // A row's own Start button names just that question, whatever else is ticked.
        String only = ctx.formParam("only");
        List<String> picked = only != null && !only.isBlank() ? List.of(only) : ctx.formParams("pick");
        boolean timed = !"off".equals(ctx.formParam("clock"));
        Optional<Long> drill = picked.size() > DrillService.MAX_PICKED ? Optional.empty()
                : drills.startSelection(Auth.current(ctx).user(), picked, timed);
        if (drill.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, BankFilter.from(ctx::formParam), picked.isEmpty() ? "Pick at least one question first."
                    : "Pick at most " + DrillService.MAX_PICKED + " questions for one drill (you picked " + picked.size() + ").");
            return;
        }
        ctx.redirect("/drills/" + drill.get(), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, BankFilter f, String error) {
        User user = Auth.current(ctx).user();
        ContentBank bank = progress.bank();
        Map<String, Standing> standing = standing(user.id());
        List<Row> rows = f.apply(bank.questions(), standing).stream().map(q -> row(bank, q, standing.get(q.id()))).toList();
        views.html(ctx, "bank/browse.jte", new BankPage(pages.shell(ctx, "Question bank"),
                bank.chapters().stream().map(c -> new Option(String.valueOf(c.number()), c.label())).toList(),
                bank.rubric().dimensions().stream().map(d -> new Option(d.id(), d.label())).toList(),
                Arrays.stream(QuestionKind.values()).map(k -> new Option(k.id(), k.label())).toList(),
                Arrays.stream(BankFilter.Status.values()).map(s -> new Option(s.name(), s.label)).toList(),
                new Selected(f.text(), f.chapter() == 0 ? "" : String.valueOf(f.chapter()), f.dimension(), f.gap(),
                        f.kind(), f.maxMinutes() == 0 ? "" : String.valueOf(f.maxMinutes()), f.status().name()),
                rows, bank.questions().size(), DrillService.MAX_PICKED, error));
    }

    /** From the learner's graded answers: last level (the level that stands) and whether a review is due. */
    private Map<String, Standing> standing(long userId) {
        ProgressService.Loaded loaded = progress.load(userId);
        Instant now = progress.now();
        Map<String, Standing> out = new HashMap<>();
        for (ReviewSchedule.Item i : progress.schedule(loaded).values()) {
            out.put(i.questionId(), new Standing(i.lastLevel().label(), i.lastLevel().ordinal() <= Level.WEAK.ordinal(),
                    i.dueBy(now)));
        }
        return out;
    }

    private static Row row(ContentBank bank, Question q, Standing s) {
        String text = s == null ? "never tried" : "last: " + s.lastLevel() + (s.due() ? " · due" : "");
        String key = s == null ? "none" : s.lastLevel().toLowerCase().replace(' ', '-');
        return new Row(q.id(), q.title(), bank.chapterLabel(q.chapter()), q.kind().label(), q.minutes(),
                String.join(" ", q.dimensions()), String.join(" ", q.gaps()), text, key);
    }
}
