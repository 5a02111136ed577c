package dev.staffdrill.progress;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.progress.ProgressPages.AttemptRow;
import dev.staffdrill.progress.ProgressPages.CalibrationRow;
import dev.staffdrill.progress.ProgressPages.DimensionChart;
import dev.staffdrill.progress.ProgressPages.SignalGroup;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The progress page (scorecard, signals, charts, calibration) and the attempts behind a cell. */
public final class ProgressController {
    /** The attempts page lists the newest answers of a cell; older ones are in the export. */
    static final int MAX_ROWS = 100;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Views views;
    private final Pages pages;
    private final ProgressService progress;

    ProgressController(Views views, Pages pages, ProgressService progress) {
        this.views = views;
        this.pages = pages;
        this.progress = progress;
    }

    public void progress(Context ctx) {
        User user = Auth.current(ctx).user();
        ProgressService.Loaded l = progress.load(user.id());
        ContentBank bank = progress.bank();
        Scorecard card = progress.scorecard(l);
        List<String> titles = card.columns().stream()
                .map(c -> bank.chapter(c.chapter()).map(ch -> ch.title()).orElse("Chapter " + c.chapter())).toList();
        Map<String, List<SignalChecklist.Row>> byDim = new LinkedHashMap<>();
        progress.signals(l).forEach(r -> byDim.computeIfAbsent(r.dimensionLabel(), k -> new ArrayList<>()).add(r));
        List<SignalGroup> signals = byDim.entrySet().stream().map(e -> new SignalGroup(e.getKey(), e.getValue())).toList();
        List<DimensionChart> charts = new ArrayList<>();
        for (Scorecard.Row row : card.rows()) {
            List<Observation> obs = l.observations().stream()
                    .filter(o -> o.dimension().equals(row.dimension().id())).toList();
            if (!obs.isEmpty()) {
                charts.add(new DimensionChart(row.dimension().label(), obs.size() + (obs.size() == 1 ? " graded answer; now " : " graded answers; now ")
                        + row.overall().text() + ".", Charts.levels(row.dimension().label() + " across your answers",
                        obs, progress.recency()), obs.size() > 1));
            }
        }
        List<CalibrationRow> calibration = progress.calibration(l).stream().filter(Calibration.Row::hasData)
                .map(r -> new CalibrationRow(r, signed(r.biasAll()), signed(r.biasRecent()),
                        Charts.bias(r.label() + ": your rating minus the grade", r.pairs())))
                .toList();
        views.html(ctx, "progress/progress.jte", new ProgressPages.ProgressPage(pages.shell(ctx, "Progress"), card,
                titles, signals, charts, calibration, !l.observations().isEmpty()));
    }

    /** /progress/attempts?dimension=B&chapter=14 (chapter omitted: the overall column). */
    public void attempts(Context ctx) {
        User user = Auth.current(ctx).user();
        ContentBank bank = progress.bank();
        String dimension = ctx.queryParam("dimension");
        var dim = bank.rubric().dimension(dimension == null ? "" : dimension)
                .orElseThrow(() -> new BadRequestResponse("Choose a dimension A–E."));
        OptionalInt chapter = chapter(ctx.queryParam("chapter")); // empty: the overall column (chapter 0 is a real one)
        ProgressService.Loaded l = progress.load(user.id());
        List<Observation> cell = new ArrayList<>(l.observations().stream()
                .filter(o -> o.dimension().equals(dim.id()) && (chapter.isEmpty() || o.chapter() == chapter.getAsInt())).toList());
        cell.sort(Comparator.comparing(Observation::at).thenComparingLong(Observation::attemptId).reversed());
        Map<Long, String> titles = progress.attemptTitles(user.id());
        List<AttemptRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_ROWS, cell.size()); i++) {
            Observation o = cell.get(i);
            double w = progress.recency().weight(i);
            rows.add(new AttemptRow(o.attemptId(), WHEN.format(o.at()), titles.getOrDefault(o.attemptId(), o.questionId()),
                    bank.chapterLabel(o.chapter()), o.level().label(), o.level().key(), o.overridden(),
                    w == 0 ? "—" : String.format(Locale.ROOT, "%.2f", w)));
        }
        Scorecard.Cell c = Scorecard.cell(dim.id(), chapter.orElse(0), cell.stream().map(Observation::level).toList(),
                progress.recency());
        String where = chapter.isEmpty() ? "all chapters" : bank.chapterLabel(chapter.getAsInt());
        views.html(ctx, "progress/attempts.jte", new ProgressPages.AttemptsPage(pages.shell(ctx, dim.label() + " · " + where),
                dim.label() + " · " + where, c.text(), c.key(), rows, cell.size()));
    }

    private static OptionalInt chapter(String raw) {
        Integer n = Forms.wholeNumber(raw, 0, Integer.MAX_VALUE, "'chapter' must be a chapter number.");
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    static String signed(double bias) {
        return String.format(Locale.ROOT, "%+.1f", bias);
    }
}
