package dev.staffdrill.history;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page record for the history template. */
public final class HistoryPages {
    private HistoryPages() {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** The filters as chosen, and the choices offered. */
    public record Filters(List<Option> chapters, List<Option> dimensions, boolean reviewed, boolean flagged, boolean any) {
    }

    public record Page(Shell shell, Filters filters, List<DrillRow> drills, int shown, int total) {
    }

    public record DrillRow(long id, String title, String mode, String when, String status, List<AttemptRow> attempts) {
    }

    /**
     * One answer: its standing levels (instructor's where they overrode), and its review marks;
     * {@code awaiting}: flagged so that it counts nowhere until an instructor has looked.
     */
    public record AttemptRow(long id, String title, String chapter, String status, List<LevelBadge> levels,
                             boolean reviewed, boolean newlyReviewed, boolean flagged, boolean awaiting) {
    }

    public record LevelBadge(String dimension, String dimensionLabel, String label, String key) {
    }
}
