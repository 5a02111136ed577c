package dev.staffdrill.importer;

import java.util.List;

/**
 * One drill item found in a chapter file, before it reaches the database. {@code id} is stable
 * across re-imports (chapter or file, section, title); {@code chapter} is 0 when neither the file
 * nor the item names one; {@code guidance} is empty when the source gives none.
 */
public record ImportedItem(String id, Section section, String kind, int chapter, List<Integer> related,
                           String title, String prompt, String guidance, String group,
                           List<String> dimensions, int sourceLine) {
}
