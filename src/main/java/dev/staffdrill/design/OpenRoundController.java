package dev.staffdrill.design;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.design.OpenRoundService.AskResult;
import dev.staffdrill.design.OpenRoundService.Round;
import dev.staffdrill.drill.AnsweredQuestion;
import dev.staffdrill.drill.Attempt;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.DrillService.SaveResult;
import dev.staffdrill.drill.DrillService;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Markdown;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open design round's pages: start one, work it (brief, facts to ask for, the answer box on the
 * drill clock), and submit. Rating and the result are the drill loop's pages.
 */
public final class OpenRoundController {
    static final String EMPTY_ANSWER = "Your answer is empty. Keep writing, or choose \"Skip this round\": "
            + "a skipped round is not graded.";
    static final String TIME_UP = "Time is up: your answer was submitted as it stood when the clock ran out.";

    private final Views views;
    private final Pages pages;
    private final OpenRoundService service;
    private final DrillReads drills;
    private final ContentStore content;
    private final Markdown markdown;

    OpenRoundController(Views views, Pages pages, OpenRoundService service, DrillReads drills,
                               ContentStore content, Markdown markdown) {
        this.views = views;
        this.pages = pages;
        this.service = service;
        this.drills = drills;
        this.content = content;
        this.markdown = markdown;
    }

    public void start(Context ctx) {
        User user = Auth.current(ctx).user();
        int chapter = chapter(ctx.formParam("chapter"));
        boolean timed = !"off".equals(ctx.formParam("clock"));
        OpenRoundService.Start started = service.start(user, chapter, timed);
        if (started instanceof OpenRoundService.Start.Refused r) {
            throw new BadRequestResponse(r.why());
        }
        ctx.redirect("/drills/" + ((OpenRoundService.Start.Started) started).drillId(), HttpStatus.SEE_OTHER);
    }

    private static int chapter(String v) {
        Integer n = Forms.wholeNumber(v, 0, 999, "'chapter' must be a chapter number, or 0 for any chapter.");
        return n == null ? 0 : n;
    }

    public void page(Context ctx) {
        render(ctx, "", null);
    }

    /** Reveals one fact. The answer box travels with the ask (same form), so what was typed is saved, not lost. */
    public void ask(Context ctx) {
        User user = Auth.current(ctx).user();
        long id = attemptId(ctx);
        String sent = ctx.formParam("answer");
        int max = service.drills().rules().maxAnswerChars();
        if (sent != null && sent.length() > max) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, tooLong(sent.length(), max) + " Nothing was asked.", sent);
            return;
        }
        AskResult r = service.ask(id, user, ctx.formParam("fact"), sent);
        switch (r) {
            case UNKNOWN_FACT -> {
                ctx.status(HttpStatus.BAD_REQUEST);
                render(ctx, "There is no such fact in this round; nothing was asked.", sent);
            }
            case CLOSED -> throw new ConflictResponse("This round is already submitted; its facts are on the result page.");
            case NOT_FOUND -> throw new NotFoundResponse();
            case RECORDED, ALREADY_ASKED -> {
                Attempt a = drills.attempt(id, user.id()).orElseThrow(NotFoundResponse::new);
                if (sent != null && !sent.equals(a.answer())) {
                    service.drills().save(a, user, sent); // too long was refused above; a closed round keeps its text
                }
                ctx.redirect("/rounds/" + id + "#facts", HttpStatus.SEE_OTHER);
            }
        }
    }

    public void submit(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = mine(ctx, user).attempt();
        String text = ctx.formParam("answer");
        boolean timeUp = "1".equals(ctx.formParam("timeUp"));
        // An empty answer is only submitted on purpose (as a skip) or by the clock: one stray click must not.
        if (text != null && text.isBlank() && !timeUp && !"1".equals(ctx.formParam("skip")) && !a.submitted()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, EMPTY_ANSWER, text);
            return;
        }
        SaveResult r = service.drills().submit(a, user, text);
        if (r instanceof SaveResult.TooLong t) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, tooLong(t.length(), t.max()), text); // keep every character they typed on the page
            return;
        }
        if (r instanceof SaveResult.Closed c) {
            throw new BadRequestResponse(c.why());
        }
        Attempt done = drills.attempt(a.id(), user.id()).orElseThrow(NotFoundResponse::new);
        if (done.skipped()) {
            Pages.redirectWithNotice(ctx, "/drills/" + a.drillId(), timeUp
                    ? "Time is up. The round had no answer, so it is marked skipped and not graded."
                    : "Skipped: not graded.");
        } else if (timeUp || DrillService.AT_TIME_LIMIT.equals(done.submitReason())) {
            Pages.redirectWithNotice(ctx, "/attempts/" + a.id() + "/rate", TIME_UP);
        } else {
            ctx.redirect("/attempts/" + a.id() + "/rate", HttpStatus.SEE_OTHER);
        }
    }

    private void render(Context ctx, String error, String unsavedText) {
        User user = Auth.current(ctx).user();
        Round r = mine(ctx, user);
        Attempt a = r.attempt();
        if (a.submitted() && unsavedText == null) {
            String to = "/attempts/" + a.id() + (a.rated() || a.skipped() ? "/result" : "/rate");
            if (DrillService.AT_TIME_LIMIT.equals(a.submitReason()) && !a.rated() && !a.skipped()) {
                Pages.redirectWithNotice(ctx, to, TIME_UP);
            } else {
                ctx.redirect(to, HttpStatus.SEE_OTHER);
            }
            return;
        }
        Map<String, OpenRoundRepository.Ask> asks = new HashMap<>();
        r.asks().forEach(x -> asks.put(x.factId(), x));
        List<OpenRoundPages.FactRow> facts = r.round().facts().stream().map(f -> {
            OpenRoundRepository.Ask x = asks.get(f.id());
            return x == null ? new OpenRoundPages.FactRow(f.id(), f.label(), false, "", 0, false)
                    : new OpenRoundPages.FactRow(f.id(), f.label(), true, f.value(), x.seq(), x.beforeDesign());
        }).toList();
        long remaining = a.timed() ? Math.max(0, Duration.between(service.drills().clock().instant(), a.deadlineAt()).toMillis()) : 0;
        int chapter = drills.question(a).map(AnsweredQuestion::chapter).orElse(0);
        views.html(ctx, "design/round.jte", new OpenRoundPages.RoundPage(pages.shell(ctx, r.round().title()), a.id(),
                a.drillId(), r.round().title(), content.bank().chapterLabel(chapter), markdown.toHtml(r.round().brief()),
                facts, asks.size(), unsavedText != null ? unsavedText : a.answer(), a.draftRevision(), a.timed(), remaining,
                service.drills().rules().maxAnswerChars(), error, EMPTY_ANSWER.equals(error)));
    }

    private static String tooLong(int length, int max) {
        return "Your answer is " + length + " characters; the limit is " + max + ". Shorten it and save again — nothing was cut.";
    }

    /** The learner's own round, opened; 404 for anyone else's, or for an attempt that is not a round. */
    private Round mine(Context ctx, User user) {
        return service.open(attemptId(ctx), user).orElseThrow(NotFoundResponse::new);
    }

    private static long attemptId(Context ctx) {
        return ctx.pathParamAsClass("attemptId", Long.class).getOrThrow(e -> new NotFoundResponse());
    }
}
