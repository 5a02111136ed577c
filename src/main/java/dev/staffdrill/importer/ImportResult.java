package dev.staffdrill.importer;

import java.util.List;

/**
 * What one file yields. {@code chapter} is null when neither the file's heading nor its name gives
 * a chapter number; {@code title} is the chapter title, or the document's first heading.
 */
public record ImportResult(String source, Integer chapter, String title, List<Section> sections,
                           List<ImportedItem> items, List<ImportedSet> sets) {
}
