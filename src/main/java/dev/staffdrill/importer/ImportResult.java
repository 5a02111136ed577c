package dev.staffdrill.importer;

import java.util.List;

/**
 * What one file yields. {@code chapter} is null when neither the file's heading nor its name gives
 * a chapter number; {@code title} is the chapter title, or the document's first heading.
 */
public record ImportResult(String source, Integer chapter, String title, List<Section> sections,
                           List<ImportedItem> items, List<ImportedSet> sets) {

    /**
     * The same result as one user's import: item and set ids, and the source a re-import retires
     * by, carry the user's id. Two instructors uploading "notes.md" otherwise share ids, and the
     * second import updates and retires the first one's items. (The CLI's imports stay unscoped.)
     */
    public ImportResult ownedBy(long userId) {
        String tag = "u" + userId + "-";
        java.util.function.UnaryOperator<String> scoped = id -> id.startsWith("imp-") ? "imp-" + tag + id.substring(4) : id;
        List<ImportedItem> scopedItems = items.stream().map(i -> i.withId(scoped.apply(i.id()))).toList();
        List<ImportedSet> scopedSets = sets.stream().map(s -> new ImportedSet(scoped.apply(s.id()), s.title(),
                s.itemIds().stream().map(scoped).toList(), s.sourceLine())).toList();
        return new ImportResult("user " + userId + ": " + source, chapter, title, sections, scopedItems, scopedSets);
    }

    /** Probes attached to the file's items, all told. */
    public int probes() {
        return items.stream().mapToInt(i -> i.probes().size()).sum();
    }

    /** Interviewer bullets that made no probe: the file gives no guidance after them. */
    public int probeBulletsSkipped() {
        return (int) items.stream().filter(i -> ImportProbes.isBullet(i) && i.guidance().isBlank()).count();
    }
}
