package dev.staffdrill.drill;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.QuestionKind;
import dev.staffdrill.drill.DrillPages.DimensionChoice;
import dev.staffdrill.drill.DrillPages.RatePage;
import dev.staffdrill.drill.DrillService.SaveResult;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Markdown;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The learner's loop: start a drill, answer against the clock, rate yourself, see the result. */
public final class DrillController {
    private final Views views;
    private final Pages pages;
    private final DrillService service;
    private final DrillRepository repo;
    private final ContentStore content;
    private final Markdown markdown;
    private final GradeDisplay grades;
    private final ThreadService threads;
    private final ResultPanels panels;

    DrillController(Views views, Pages pages, DrillService service, DrillRepository repo, ContentStore content,
                           Markdown markdown, GradeDisplay grades, ThreadService threads, ResultPanels panels) {
        this.threads = threads;
        this.panels = panels;
        this.views = views;
        this.pages = pages;
        this.service = service;
        this.repo = repo;
        this.content = content;
        this.markdown = markdown;
        this.grades = grades;
    }

    public void startPage(Context ctx) {
        new DrillStartPage(views, pages, content, repo).render(ctx, "");
    }

    public void start(Context ctx) {
        User user = Auth.current(ctx).user();
        DrillMode mode;
        try {
            mode = DrillMode.valueOf(String.valueOf(ctx.formParam("mode")));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Choose a drill mode.");
        }
        int chapter = intParam(ctx, "chapter", 0, 0, 999);
        int count = intParam(ctx, "count", 5, 1, 10);
        boolean timed = !"off".equals(ctx.formParam("clock"));
        // Mock drills push back by default (the checkbox turns it off); other modes never do.
        int probes = mode == DrillMode.MOCK && !"off".equals(ctx.formParam("pushback"))
                ? intParam(ctx, "probes", 2, 1, ThreadService.MAX_PROBES_PER_QUESTION) : 0;
        var started = service.start(user, new DrillService.StartRequest(mode, chapter, count,
                ctx.formParam("questionId"), ctx.formParam("setId"), timed, null, probes));
        ctx.redirect("/drills/" + started(started), HttpStatus.SEE_OTHER);
    }

    /** The new drill's id, or the refusal as HTTP: 404 for a set this learner may not see, 400 otherwise. */
    public static long started(DrillService.StartResult r) {
        if (r instanceof DrillService.StartResult.Started s) {
            return s.drillId();
        }
        if (r instanceof DrillService.StartResult.NoSuchSet n) {
            throw new NotFoundResponse("There is no exercise set '" + n.setId() + "'.");
        }
        throw new BadRequestResponse(((DrillService.StartResult.Refused) r).why());
    }

    /** A bounded whole number from the form, {@code dflt} when absent (the one reader: {@link Forms#wholeNumber}). */
    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        Integer n = Forms.wholeNumber(ctx.formParam(name), min, max,
                "'" + name + "' must be a whole number from " + min + " to " + max + ".");
        return n == null ? dflt : n;
    }

    /** Sends the learner to wherever this drill stands: the next question, a rating, or the summary. */
    public void resume(Context ctx) {
        User user = Auth.current(ctx).user();
        Drill drill = drill(ctx, user);
        for (Attempt a : repo.attempts(drill.id(), user.id())) {
            Attempt current = a.started() ? service.open(a, user, drill.timed()) : a;
            if (!current.submitted()) {
                ctx.redirect("/attempts/" + a.id(), HttpStatus.SEE_OTHER);
                return;
            }
            if (threadOpen(current)) {
                ctx.redirect("/attempts/" + a.id() + "/thread", HttpStatus.SEE_OTHER);
                return;
            }
            if (!current.rated() && !current.skipped()) {
                ctx.redirect("/attempts/" + a.id() + "/rate", HttpStatus.SEE_OTHER);
                return;
            }
        }
        repo.finish(drill.id(), service.clock().instant());
        ctx.redirect("/drills/" + drill.id() + "/summary", HttpStatus.SEE_OTHER);
    }

    public void question(Context ctx) {
        render(ctx, "", null);
    }

    private void render(Context ctx, String error, String unsavedText) {
        User user = Auth.current(ctx).user();
        Attempt a = attempt(ctx, user);
        Drill drill = repo.drill(a.drillId(), user.id()).orElseThrow(NotFoundResponse::new);
        a = service.open(a, user, drill.timed());
        if (a.submitted() && unsavedText == null && threadOpen(a)) {
            ctx.redirect("/attempts/" + a.id() + "/thread", HttpStatus.SEE_OTHER);
            return;
        }
        if (a.submitted() && unsavedText == null) {
            String to = "/attempts/" + a.id() + (a.rated() || a.skipped() ? "/result" : "/rate");
            if (DrillService.AT_TIME_LIMIT.equals(a.submitReason()) && !a.rated()) {
                Pages.redirectWithNotice(ctx, to, a.skipped()
                        ? "Time ran out on this question with no answer, so it is marked skipped and not graded." : TIME_UP);
            } else {
                ctx.redirect(to, HttpStatus.SEE_OTHER);
            }
            return;
        }
        if (drill.mode() == DrillMode.OPEN) { // its own page: this one's prompt would give the numbers away
            ctx.redirect("/rounds/" + a.id(), HttpStatus.SEE_OTHER);
            return;
        }
        var snap = snapshot(a);
        int total = repo.attemptCount(drill.id(), user.id());
        ContentBank bank = content.bank();
        Instant now = service.clock().instant();
        long remaining = a.timed() ? Math.max(0, Duration.between(now, a.deadlineAt()).toMillis()) : 0;
        long limit = a.timed() ? Duration.between(a.startedAt(), a.deadlineAt()).toMillis() : 0;
        views.html(ctx, "drill/question.jte", new DrillPages.QuestionPage(pages.shell(ctx, snap.title()), a.id(),
                drill.id(), a.position() + 1, total, snap.title(), bank.chapterLabel(snap.chapter()), kindLabel(snap.kind()),
                dimensionLabels(bank, snap.dimensions()), markdown.toHtml(snap.prompt()),
                unsavedText != null ? unsavedText : a.answer(), a.draftRevision(), a.timed(), remaining, limit,
                service.rules().maxAnswerChars(), error, EMPTY_ANSWER.equals(error)));
    }

    /** Autosave: JSON in, JSON out. 409 once the attempt is closed; the stored text is never touched then. */
    public void saveDraft(Context ctx) {
        User user = Auth.current(ctx).user();
        long id = ctx.pathParamAsClass("attemptId", Long.class).getOrThrow(e -> new NotFoundResponse());
        var answer = DraftForm.answer(ctx);
        if (answer.isEmpty()) { // never overwrite a draft with "" because the request was garbled
            attempt(ctx, user); // someone else's attempt is "not found" first, whatever the body
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("saved", false,
                    "error", "The save did not carry a readable answer; nothing was changed."));
            return;
        }
        // The save itself checks ownership, so an open attempt costs one statement, not a read and a write.
        SaveResult r = service.save(id, user, answer.get()).orElseThrow(NotFoundResponse::new);
        if (r instanceof SaveResult.Saved s) {
            ctx.json(Map.of("saved", true, "revision", s.revision(), "savedAt", s.savedAt().toString()));
        } else if (r instanceof SaveResult.TooLong t) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("saved", false, "error", tooLong(t)));
        } else if (r instanceof SaveResult.Closed c) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("saved", false, "closed", true, "error", c.why(),
                    "next", "/attempts/" + id + "/rate"));
        }
    }

    public void submit(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = attempt(ctx, user);
        String text = ctx.formParam("answer");
        boolean timeUp = "1".equals(ctx.formParam("timeUp"));
        // An empty answer is only submitted on purpose (as a skip) or by the clock: one stray click must not.
        if (text != null && text.isBlank() && !timeUp && !"1".equals(ctx.formParam("skip")) && !a.submitted()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, EMPTY_ANSWER, text);
            return;
        }
        SaveResult r = service.submit(a, user, text);
        if (r instanceof SaveResult.TooLong t) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, tooLong(t), text); // keep every character they typed on the page
            return;
        }
        if (r instanceof SaveResult.Closed c) {
            throw new BadRequestResponse(c.why());
        }
        Attempt done = repo.attempt(a.id(), user.id()).orElseThrow(NotFoundResponse::new);
        if (threadOpen(done)) { // the interviewer pushes back before the rating
            if (timeUp) {
                Pages.redirectWithNotice(ctx, "/attempts/" + a.id() + "/thread", TIME_UP + " The interviewer has a follow-up.");
            } else {
                ctx.redirect("/attempts/" + a.id() + "/thread", HttpStatus.SEE_OTHER);
            }
        } else if (done.skipped()) {
            Pages.redirectWithNotice(ctx, "/drills/" + a.drillId(), timeUp
                    ? "Time is up. The question had no answer, so it is marked skipped: not graded, and it comes back soon."
                    : "Skipped: not graded, and it comes back soon.");
        } else if (timeUp || DrillService.AT_TIME_LIMIT.equals(done.submitReason())) {
            Pages.redirectWithNotice(ctx, "/attempts/" + a.id() + "/rate", TIME_UP);
        } else {
            ctx.redirect("/attempts/" + a.id() + "/rate", HttpStatus.SEE_OTHER);
        }
    }

    static final String EMPTY_ANSWER = "Your answer is empty. Keep writing, or choose \"Skip this question\": "
            + "a skipped question is not graded and comes back soon.";
    static final String TIME_UP = "Time is up: your answer was submitted as it stood when the clock ran out.";

    private static String tooLong(SaveResult.TooLong t) {
        return "Your answer is " + t.length() + " characters; the limit is " + t.max()
                + ". Shorten it and save again — nothing was cut.";
    }

    public void rateForm(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = submittedAttempt(ctx, user);
        if (threadOpen(a)) {
            ctx.redirect("/attempts/" + a.id() + "/thread", HttpStatus.SEE_OTHER);
            return;
        }
        if (a.skipped()) {
            ctx.redirect("/attempts/" + a.id() + "/result", HttpStatus.SEE_OTHER);
            return;
        }
        var snap = snapshot(a);
        ContentBank bank = content.bank();
        Map<String, String> chosen = repo.selfRatings(a.id());
        List<DimensionChoice> dims = snap.dimensions().stream().map(d -> bank.rubric().dimension(d)
                .map(x -> new DimensionChoice(d, x.label(), x.question(), chosen.getOrDefault(d, "")))
                .orElse(new DimensionChoice(d, d, "", chosen.getOrDefault(d, "")))).toList();
        views.html(ctx, "drill/rate.jte", new RatePage(pages.shell(ctx, "Rate yourself"), a.id(), snap.title(), dims));
    }

    public void rate(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = submittedAttempt(ctx, user);
        if (threadOpen(a)) {
            ctx.redirect("/attempts/" + a.id() + "/thread", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (String d : snapshot(a).dimensions()) {
            String v = ctx.formParam("level_" + d);
            try {
                Level l = Level.parse(String.valueOf(v));
                if (l == Level.NOT_ADDRESSED) {
                    throw new IllegalArgumentException();
                }
                levels.put(d, l.name());
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("Rate yourself Weak, Moderate or Strong on every dimension ("
                        + d + " is missing).");
            }
        }
        repo.saveSelfRatings(a.id(), levels, service.clock().instant());
        ctx.redirect("/attempts/" + a.id() + "/result", HttpStatus.SEE_OTHER);
    }

    /** Guidance and the model answer appear only here, and only after submission (no URL guessing). */
    public void result(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = submittedAttempt(ctx, user);
        if (threadOpen(a)) {
            ctx.redirect("/attempts/" + a.id() + "/thread", HttpStatus.SEE_OTHER);
            return;
        }
        if (!a.rated() && !a.skipped()) {
            ctx.redirect("/attempts/" + a.id() + "/rate", HttpStatus.SEE_OTHER);
            return;
        }
        var snap = snapshot(a);
        List<Attempt> all = repo.attempts(a.drillId(), user.id());
        boolean last = a.position() == all.size() - 1;
        String note = a.skipped() ? "Skipped" : DrillService.AT_TIME_LIMIT.equals(a.submitReason()) ? "Submitted at the time limit" : "Submitted";
        List<ThreadTurn> turns = threads == null ? List.of() : threads.thread(a.id());
        Map<String, List<String>> quotes = turns.isEmpty() ? Map.of() : grades.signalQuotes(a.id());
        var rubric = content.bank().rubric();
        List<String> surfaced = new ArrayList<>();
        ThreadViews.surfaced(turns, a.answer(), quotes, rubric)
                .forEach((signal, turn) -> surfaced.add(signal + " — after follow-up " + turn));
        views.html(ctx, "drill/result.jte", new DrillPages.ResultPage(pages.shell(ctx, snap.title()), a.id(), a.drillId(),
                snap.title(), content.bank().chapterLabel(snap.chapter()), a.answer(), words(a.answer()),
                minutes(a.used(service.clock().instant())), note, repo.selfRatings(a.id()),
                a.skipped() ? Views.NOTHING : grades.panel(a.id(), "/attempts/" + a.id() + "/grade"), grades.reviewNotes(a.id()),
                markdown.toHtml(snap.guidance()),
                markdown.toHtml(snap.modelAnswer()), exampleHtml(snap.weakExample()),
                exampleHtml(snap.moderateExample()), "/drills/" + a.drillId(),
                last ? "Finish: see the summary" : "Next question", false, a.skipped(),
                ThreadViews.turns(turns, a.answer(), quotes, rubric, true), surfaced,
                panels.panel(ctx, repo.drill(a.drillId(), user.id()).orElseThrow(NotFoundResponse::new), a),
                !a.skipped() && grades.regradeCanChange(a.id())));
    }

    /** A calibration example as HTML, or "" when the answered version has none (older or imported items). */
    private String exampleHtml(String example) {
        return example == null || example.isBlank() ? "" : markdown.toHtml(example);
    }

    /** Re-requests a grade for one of the learner's own submitted answers; the old grades are kept. */
    public void regrade(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = submittedAttempt(ctx, user);
        if (!grades.regradeCanChange(a.id())) { // a second identical grade would only clutter the history
            Pages.redirectWithNotice(ctx, "/attempts/" + a.id() + "/result",
                    "Grading again would give the same result: the offline check is deterministic and the rubric is unchanged.");
            return;
        }
        grades.regrade(a.id());
        Pages.redirectWithNotice(ctx, "/attempts/" + a.id() + "/result", "Grading again; earlier grades are kept.");
    }

    /** The grade panel alone, polled by htmx while grading runs. */
    public void gradePanel(Context ctx) {
        User user = Auth.current(ctx).user();
        Attempt a = submittedAttempt(ctx, user);
        views.html(ctx, grades.panel(a.id(), "/attempts/" + a.id() + "/grade"));
    }

    public void summary(Context ctx) {
        User user = Auth.current(ctx).user();
        Drill drill = drill(ctx, user);
        List<DrillPages.SummaryRow> rows = new ArrayList<>();
        java.util.TreeSet<String> dims = new java.util.TreeSet<>();
        Instant now = service.clock().instant();
        for (Attempt a : repo.attempts(drill.id(), user.id())) {
            var snap = snapshot(a);
            dims.addAll(snap.dimensions());
            rows.add(new DrillPages.SummaryRow(a.id(), a.position() + 1, drill.titleOf(a, snap.title()), minutes(a.used(now)), status(a),
                    labels(repo.selfRatings(a.id())), a.submitted() ? grades.levels(a.id()) : Map.of()));
        }
        views.html(ctx, "drill/summary.jte", new DrillPages.SummaryPage(pages.shell(ctx, "Drill summary"), drill.id(),
                drill.title(), rows, List.copyOf(dims)));
    }

    static Map<String, String> labels(Map<String, String> levels) {
        Map<String, String> out = new LinkedHashMap<>();
        levels.forEach((d, l) -> out.put(d, Level.valueOf(l).label()));
        return out;
    }

    public static String status(Attempt a) {
        if (!a.started()) {
            return "not started";
        }
        if (!a.submitted()) {
            return "in progress";
        }
        if (a.skipped()) {
            return "skipped";
        }
        return DrillService.AT_TIME_LIMIT.equals(a.submitReason()) ? "submitted at time limit" : "submitted";
    }

    /** A follow-up is waiting for the learner's reply: rating and result wait for the thread. */
    private boolean threadOpen(Attempt a) {
        return threads != null && a.submitted() && threads.openTurn(a).isPresent();
    }

    private Drill drill(Context ctx, User user) {
        long id = ctx.pathParamAsClass("drillId", Long.class).getOrThrow(e -> new NotFoundResponse());
        return repo.drill(id, user.id()).orElseThrow(NotFoundResponse::new);
    }

    private Attempt attempt(Context ctx, User user) {
        long id = ctx.pathParamAsClass("attemptId", Long.class).getOrThrow(e -> new NotFoundResponse());
        return repo.attempt(id, user.id()).orElseThrow(NotFoundResponse::new);
    }

    /** An attempt the learner has submitted; anything else is "not found", whatever the URL says. */
    private Attempt submittedAttempt(Context ctx, User user) {
        Attempt a = attempt(ctx, user);
        Drill d = repo.drill(a.drillId(), user.id()).orElseThrow(NotFoundResponse::new);
        a = a.started() ? service.open(a, user, d.timed()) : a;
        if (!a.submitted()) {
            throw new NotFoundResponse();
        }
        return a;
    }

    private AnsweredQuestion snapshot(Attempt a) {
        return repo.snapshot(a.questionId(), a.questionVersion()).orElseThrow(NotFoundResponse::new);
    }

    static List<String> dimensionLabels(ContentBank bank, List<String> dims) {
        return dims.stream().map(d -> bank.rubric().dimension(d).map(x -> x.label()).orElse(d)).toList();
    }

    static String kindLabel(String kind) {
        return QuestionKind.of(kind).map(QuestionKind::label).orElse(kind);
    }

    static int words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String minutes(Duration d) {
        long s = d.toSeconds();
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
