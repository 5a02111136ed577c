package dev.staffdrill.importer;

import java.util.List;

/** A STEP 5 group of the master review, imported as an exercise set of its items in order. */
public record ImportedSet(String id, String title, List<String> itemIds, int sourceLine) {
}
