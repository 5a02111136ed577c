package dev.staffdrill.drill;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.drill.DrillService.SaveResult;
import dev.staffdrill.drill.ThreadService.ReplyResult;
import dev.staffdrill.web.Markdown;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The follow-up conversation: the interviewer's probe, the learner's reply, autosaved and timed. */
public final class ThreadController {
    static final String EMPTY_REPLY = "Your reply is empty. Keep writing, or choose \"Move on\": the thread then ends "
            + "and the question is graded on what you have said.";
    private final Views views;
    private final Pages pages;
    private final ThreadService threads;
    private final DrillRepository repo;
    private final ContentStore content;
    private final Markdown markdown;

    ThreadController(Views views, Pages pages, ThreadService threads, DrillRepository repo, ContentStore content,
                            Markdown markdown) {
        this.views = views;
        this.pages = pages;
        this.threads = threads;
        this.repo = repo;
        this.content = content;
        this.markdown = markdown;
    }

    public void show(Context ctx) {
        render(ctx, "", null);
    }

    private void render(Context ctx, String error, String unsavedText) {
        User user = Auth.current(ctx).user();
        Attempt a = attempt(ctx, user);
        if (!a.submitted()) {
            ctx.redirect("/attempts/" + a.id(), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<ThreadTurn> open = threads.openTurn(a);
        if (open.isEmpty()) {
            ctx.redirect("/attempts/" + a.id() + (a.rated() ? "/result" : "/rate"), HttpStatus.SEE_OTHER);
            return;
        }
        ThreadTurn t = open.get();
        var snap = repo.snapshot(a.questionId(), a.questionVersion()).orElseThrow(NotFoundResponse::new);
        int total = repo.attempts(a.drillId(), user.id()).size();
        long remaining = t.timed() ? Math.max(0, Duration.between(threads.clockNow(), t.deadlineAt()).toMillis()) : 0;
        List<DrillPages.TurnView> closed = ThreadViews.turns(threads.thread(a.id()), a.answer(), Map.of(),
                content.bank().rubric(), false);
        views.html(ctx, "drill/thread.jte", new DrillPages.ThreadPage(pages.shell(ctx, "Follow-up: " + snap.title()),
                a.id(), a.drillId(), a.position() + 1, total, snap.title(), content.bank().chapterLabel(snap.chapter()),
                markdown.toHtml(snap.prompt()), a.answer(), closed, t.turn(), t.signalId(), t.ask(), t.quote(),
                unsavedText != null ? unsavedText : t.reply(), t.replyRevision(), t.timed(), remaining,
                threads.maxChars(), error, EMPTY_REPLY.equals(error)));
    }

    /** Autosave of the open reply: JSON in, JSON out; 409 once the turn is closed. */
    public void saveDraft(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = attempt(ctx, user);
        var text = DraftForm.answer(ctx);
        if (text.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("saved", false,
                    "error", "The save did not carry a readable reply; nothing was changed."));
            return;
        }
        SaveResult r = threads.saveReply(a, text.get());
        if (r instanceof SaveResult.Saved s) {
            ctx.json(Map.of("saved", true, "revision", s.revision(), "savedAt", s.savedAt().toString()));
        } else if (r instanceof SaveResult.TooLong t) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("saved", false, "error", tooLong(t.length(), t.max())));
        } else if (r instanceof SaveResult.Closed c) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("saved", false, "closed", true, "error", c.why(),
                    "next", "/attempts/" + a.id() + "/thread"));
        }
    }

    public void reply(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = attempt(ctx, user);
        String text = ctx.formParam("answer");
        boolean timeUp = "1".equals(ctx.formParam("timeUp"));
        boolean moveOn = "1".equals(ctx.formParam("skip"));
        if (text != null && text.isBlank() && !timeUp && !moveOn) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, EMPTY_REPLY, text);
            return;
        }
        ReplyResult r = threads.reply(a, user, moveOn ? "" : text, timeUp);
        String here = "/attempts/" + a.id() + "/thread";
        if (r instanceof ReplyResult.TooLong t) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, tooLong(t.length(), t.max()), text);
        } else if (r instanceof ReplyResult.Next) {
            if (timeUp) {
                Pages.redirectWithNotice(ctx, here, "Time is up: your reply was submitted as it stood. The interviewer has another question.");
            } else {
                ctx.redirect(here, HttpStatus.SEE_OTHER);
            }
        } else if (r instanceof ReplyResult.Done d) {
            String rate = "/attempts/" + a.id() + "/rate";
            if (d.timeUp()) {
                Pages.redirectWithNotice(ctx, rate, "Time is up: your reply was submitted as it stood when the clock ran out.");
            } else {
                ctx.redirect(rate, HttpStatus.SEE_OTHER);
            }
        } else if (r instanceof ReplyResult.Closed c) {
            Pages.redirectWithNotice(ctx, here, c.why());
        }
    }

    private static String tooLong(int length, int max) {
        return "Your reply is " + length + " characters; the limit is " + max + ". Shorten it and save again — nothing was cut.";
    }

    private Attempt attempt(Context ctx, User user) {
        long id = ctx.pathParamAsClass("attemptId", Long.class).getOrThrow(e -> new NotFoundResponse());
        return repo.attempt(id, user.id()).orElseThrow(NotFoundResponse::new);
    }
}
