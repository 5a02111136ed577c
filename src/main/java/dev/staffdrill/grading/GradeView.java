package dev.staffdrill.grading;

import java.util.List;

/**
 * What grading/grade-panel.jte shows for one attempt. While {@link #pending()} the panel says
 * "grading…" and polls {@code pollUrl} every two seconds; otherwise it shows the grade (or the
 * failure). {@code kind} is the plain sentence saying what sort of grade this is; {@code limits}
 * says in one line what the automatic check can and cannot tell. {@code pointsSummary} and
 * {@code points}: the question's guidance points the answer covers, beside the levels; {@code errors}:
 * technical errors the LLM found, each quoted from the answer with its correction.
 */
public record GradeView(String status, boolean pending, String pollUrl, boolean hasGrade, String grader,
                        String graderLabel, String kind, String feedback, String note, String error,
                        List<FlagView> flags, List<DimensionView> dimensions, boolean showsOfflineCheck,
                        String gradedAt, String limits, String pointsSummary, List<PointView> points,
                        List<ErrorView> errors) {

    public record PointView(String point, boolean covered) {
    }

    public record ErrorView(String dimension, String quote, String correction, boolean core) {
    }

    public record FlagView(String code, String label) {
    }

    public record EvidenceView(String signal, String quote) {
    }

    /**
     * One dimension: the level, quotes and signals; with an LLM grade, also the offline check's
     * level and signals for the same dimension and whether the two disagree.
     */
    public record DimensionView(String id, String name, String levelKey, String levelLabel, List<EvidenceView> evidence,
                                List<String> found, List<String> missing, String feedback, String offlineLevelKey,
                                String offlineLevelLabel, List<String> offlineFound, boolean disagrees) {
        public boolean hasOffline() {
            return !offlineLevelKey.isEmpty();
        }
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
