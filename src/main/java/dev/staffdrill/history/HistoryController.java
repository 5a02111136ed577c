package dev.staffdrill.history;

import dev.staffdrill.account.Auth;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.drill.AnsweredQuestion;
import dev.staffdrill.drill.Attempt;
import dev.staffdrill.drill.DrillController;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.history.HistoryPages.AttemptRow;
import dev.staffdrill.history.HistoryPages.DrillRow;
import dev.staffdrill.history.HistoryPages.Filters;
import dev.staffdrill.history.HistoryPages.LevelBadge;
import dev.staffdrill.history.HistoryPages.Option;
import dev.staffdrill.notice.Notices;
import dev.staffdrill.notice.ReviewMarks;
import dev.staffdrill.progress.Observation;
import dev.staffdrill.progress.ProgressService;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every drill and answer of the learner, newest first, with the levels that stand on each answer
 * and the instructor's review marks; filters by chapter, dimension, reviewed and flagged. Opening
 * it clears the nav's "newly reviewed" badge.
 */
public final class HistoryController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final int DRILLS = 200;
    private final Views views;
    private final Pages pages;
    private final DrillReads repo;
    private final ProgressService progress;
    private final ReviewMarks marks;
    private final Notices notices;

    public HistoryController(Views views, Pages pages, DrillReads repo, ProgressService progress,
                             ReviewMarks marks, Notices notices) {
        this.views = views;
        this.pages = pages;
        this.repo = repo;
        this.progress = progress;
        this.marks = marks;
        this.notices = notices;
    }

    /** What the learner asked for; an unknown chapter or dimension is no filter rather than an empty page. */
    record Wanted(int chapter, String dimension, boolean reviewed, boolean flagged) {
        boolean any() {
            return chapter != 0 || !dimension.isEmpty() || reviewed || flagged;
        }
    }

    public void history(Context ctx) {
        long userId = Auth.current(ctx).user().id();
        ContentBank bank = progress.bank();
        Wanted want = wanted(ctx, bank);
        Map<Long, Map<String, Level>> levels = new HashMap<>();
        for (Observation o : progress.load(userId).observations()) {
            levels.computeIfAbsent(o.attemptId(), k -> new LinkedHashMap<>()).put(o.dimension(), o.level());
        }
        Map<Long, ReviewMarks.Mark> mark = marks.forLearner(userId);
        Instant seen = notices.reviewsSeenAt(userId);
        Map<String, String> dimensionLabels = new LinkedHashMap<>();
        bank.rubric().dimensions().forEach(d -> dimensionLabels.put(d.id(), d.label()));

        List<DrillRow> drills = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (var d : repo.drills(userId, DRILLS)) {
            List<AttemptRow> rows = new ArrayList<>();
            for (Attempt a : repo.attempts(d.id(), userId)) {
                total++;
                var snap = repo.question(a);
                int chapter = snap.map(AnsweredQuestion::chapter).orElse(0);
                Map<String, Level> standing = levels.getOrDefault(a.id(), Map.of());
                ReviewMarks.Mark m = mark.getOrDefault(a.id(), new ReviewMarks.Mark(null, false, false));
                if ((want.chapter() != 0 && chapter != want.chapter())
                        || (!want.dimension().isEmpty() && !standing.containsKey(want.dimension()))
                        || (want.reviewed() && !m.reviewed()) || (want.flagged() && !m.flagged())) {
                    continue;
                }
                List<LevelBadge> badges = standing.entrySet().stream()
                        .map(e -> new LevelBadge(e.getKey(), dimensionLabels.getOrDefault(e.getKey(), e.getKey()),
                                e.getValue().label(), e.getValue().key())).toList();
                rows.add(new AttemptRow(a.id(), d.titleOf(a, snap.map(AnsweredQuestion::title).orElse(a.questionId())),
                        chapter == 0 ? "" : bank.chapterLabel(chapter), DrillController.status(a), badges,
                        m.reviewed(), m.reviewed() && m.reviewedAt().isAfter(seen), m.flagged(), m.held() && !m.reviewed()));
            }
            shown += rows.size();
            if (!rows.isEmpty() || !want.any()) {
                drills.add(new DrillRow(d.id(), d.title(), d.mode().label() + (d.timed() ? "" : " · practice, no clock"),
                        WHEN.format(d.createdAt()), d.finishedAt() == null ? "unfinished" : "finished", rows));
            }
        }
        notices.sawReviews(userId); // before the shell, so this page's nav shows the badge cleared
        List<Option> chapters = new ArrayList<>();
        bank.chapters().forEach(c -> chapters.add(new Option(String.valueOf(c.number()), bank.chapterLabel(c.number()),
                c.number() == want.chapter())));
        List<Option> dimensions = new ArrayList<>();
        dimensionLabels.forEach((id, label) -> dimensions.add(new Option(id, id + ". " + label, id.equals(want.dimension()))));
        views.html(ctx, "history/history.jte", new HistoryPages.Page(pages.shell(ctx, "History"),
                new Filters(chapters, dimensions, want.reviewed(), want.flagged(), want.any()), drills, shown, total));
    }

    static Wanted wanted(Context ctx, ContentBank bank) {
        int chapter = 0;
        try {
            String c = ctx.queryParam("chapter");
            int n = c == null || c.isBlank() ? 0 : Integer.parseInt(c.trim());
            chapter = bank.chapters().stream().anyMatch(ch -> ch.number() == n) ? n : 0;
        } catch (NumberFormatException ignored) {
            // not a chapter number: no chapter filter
        }
        String d = ctx.queryParam("dimension");
        String dimension = d != null && bank.rubric().dimension(d.trim()).isPresent() ? d.trim() : "";
        return new Wanted(chapter, dimension, ctx.queryParam("reviewed") != null, ctx.queryParam("flagged") != null);
    }
}
