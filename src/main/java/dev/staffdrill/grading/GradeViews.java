package dev.staffdrill.grading;

import dev.staffdrill.content.Rubric;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Turns a stored grade into the panel's words: signal names, level labels, the kind sentence. */
final class GradeViews {
    static final String OFFLINE_KIND = "Automatic signal check — it looks for the signals a Staff answer shows, "
            + "not whether the answer is correct.";
    static final String LIMITS = "It can tell whether you answered this question and reasoned in sentences with the "
            + "signals a Staff answer shows; it cannot tell a wrong mechanism or wrong arithmetic.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private GradeViews() {
    }

    static GradeView pending(GradingStatus status, String pollUrl) {
        return new GradeView(status.name(), true, pollUrl, false, "", "", "", "", "", "", List.of(), List.of(),
                false, "", "", "", List.of(), List.of());
    }

    static GradeView failed(String error, String pollUrl) {
        return new GradeView(GradingStatus.FAILED.name(), false, pollUrl, false, "", "", "", "",
                "", error == null ? "Grading failed." : error, List.of(), List.of(), false, "", "", "", List.of(),
                List.of());
    }

    static GradeView none(String pollUrl) {
        return new GradeView(GradingStatus.NONE.name(), false, pollUrl, false, "", "", "", "", "", "", List.of(),
                List.of(), false, "", "", "", List.of(), List.of());
    }

    static GradeView of(GradingStatus status, Grade g, Rubric rubric, String pollUrl) {
        boolean llm = Grade.LLM.equals(g.grader());
        String label = switch (g.grader()) {
            case Grade.LLM -> "LLM rubric grade (" + g.model() + ")";
            case Grade.OFFLINE_FALLBACK -> "Offline signal check (LLM unavailable)";
            default -> "Offline signal check";
        };
        String kind = switch (g.grader()) {
            case Grade.LLM -> "LLM rubric grade (model " + g.model() + ") with the offline signal check beside it.";
            case Grade.OFFLINE_FALLBACK -> "Automatic signal check, because the LLM grader could not grade this "
                    + "answer — it looks for the signals a Staff answer shows, not whether the answer is correct.";
            default -> OFFLINE_KIND;
        };
        List<GradeView.DimensionView> dims = g.dimensions().stream().map(d -> {
            Optional<DimensionGrade> off = llm ? g.offlineCheck().stream()
                    .filter(o -> o.dimension().equals(d.dimension())).findFirst() : Optional.empty();
            return new GradeView.DimensionView(d.dimension(),
                    rubric.dimension(d.dimension()).map(Rubric.Dimension::name).orElse(d.dimension()),
                    d.level().key(), d.level().label(),
                    d.evidence().stream().map(e -> new GradeView.EvidenceView(
                            e.signalId().isEmpty() ? "mentions only" : signalName(rubric, e.signalId()), excerpt(e.quote()))).toList(),
                    d.signalsFound().stream().map(s -> signalName(rubric, s)).toList(),
                    d.signalsMissing().stream().map(s -> signalName(rubric, s)).toList(),
                    d.feedback(),
                    off.map(o -> o.level().key()).orElse(""), off.map(o -> o.level().label()).orElse(""),
                    off.map(o -> o.signalsFound().stream().map(s -> signalName(rubric, s)).toList()).orElse(List.of()),
                    off.map(o -> Math.abs(o.level().ordinal() - d.level().ordinal()) >= 2).orElse(false));
        }).toList();
        List<GradeView.FlagView> flags = g.flags().stream()
                .map(f -> new GradeView.FlagView(f, GradeFlag.labelOf(f))).toList();
        List<GradeView.PointView> points = g.guidancePoints().stream()
                .map(p -> new GradeView.PointView(p.point(), p.covered())).toList();
        String summary = points.isEmpty() ? "" : "Covers " + g.pointsCovered() + " of " + points.size()
                + " of this question's guidance points (by the words used, not their correctness):";
        List<GradeView.ErrorView> errors = g.technicalErrors().stream().map(e -> new GradeView.ErrorView(
                e.dimension().isEmpty() ? "" : rubric.dimension(e.dimension()).map(Rubric.Dimension::label)
                        .orElse(e.dimension()), e.quote(), e.correction(), e.core())).toList();
        return new GradeView(status.name(), false, pollUrl, true, g.grader(), label, kind, g.feedback(), g.note(), "",
                flags, dims, llm, g.gradedAt() == null ? "" : WHEN.format(g.gradedAt()), llm ? "" : LIMITS, summary,
                points, errors);
    }

    private static String signalName(Rubric rubric, String id) {
        return rubric.signal(id).map(Rubric.Signal::name).orElse(id);
    }

    /**
     * A quote as shown: the stored quote is the learner's exact words (kept verbatim for checking),
     * and where it starts or stops inside a sentence the display says so with an ellipsis.
     */
    static String excerpt(String quote) {
        String q = quote == null ? "" : quote.strip();
        if (q.isEmpty()) {
            return q;
        }
        boolean startsMid = Character.isLowerCase(q.codePointAt(0));
        boolean endsMid = ".!?…:;\"'”’)]".indexOf(q.charAt(q.length() - 1)) < 0;
        return (startsMid ? "…" : "") + q + (endsMid ? "…" : "");
    }
}
