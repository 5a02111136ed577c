package dev.staffdrill.authoring;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for authoring in the browser: chapter import with preview, and the set builder. */
public final class AuthoringPages {
    private AuthoringPages() {
    }

    /**
     * The import page. Before a preview, {@code items} is empty; after one, the file's text rides
     * along in a hidden field so "apply" imports exactly what was previewed.
     */
    public record ImportPage(Shell shell, String fileName, String text, String chapter, String title,
                             List<PreviewItem> items, List<String> sets, List<String> problems, String applied) {
        public boolean previewed() {
            return !items.isEmpty();
        }
    }

    public record PreviewItem(String id, String section, String kind, int chapter, String title, String dimensions,
                              int line) {
    }

    public record SetPage(Shell shell, List<ChapterGroup> chapters, String error) {
    }

    public record ChapterGroup(String label, List<Pick> questions) {
    }

    public record Pick(String id, String title, String kind, int minutes, String dimensions) {
    }
}
