package dev.staffdrill.importer;

import dev.staffdrill.content.Probe;

import java.util.List;

/**
 * One drill item found in a chapter file, before it reaches the database. {@code id} is stable
 * across re-imports (chapter or file, section, title); {@code chapter} is 0 when neither the file
 * nor the item names one; {@code guidance} is empty when the source gives none. {@code probes} are
 * built from the same file's interviewer bullets ({@link ImportProbes}).
 */
public record ImportedItem(String id, Section section, String kind, int chapter, List<Integer> related,
                           String title, String prompt, String guidance, String group,
                           List<String> dimensions, int sourceLine, List<Probe> probes) {

    public ImportedItem {
        probes = probes == null ? List.of() : List.copyOf(probes);
    }

    /** An item as parsed, before probes are attached. */
    public ImportedItem(String id, Section section, String kind, int chapter, List<Integer> related,
                        String title, String prompt, String guidance, String group,
                        List<String> dimensions, int sourceLine) {
        this(id, section, kind, chapter, related, title, prompt, guidance, group, dimensions, sourceLine, List.of());
    }

    ImportedItem withProbes(List<Probe> p) {
        return new ImportedItem(id, section, kind, chapter, related, title, prompt, guidance, group, dimensions,
                sourceLine, p);
    }

    ImportedItem withId(String newId) {
        return new ImportedItem(newId, section, kind, chapter, related, title, prompt, guidance, group, dimensions,
                sourceLine, probes);
    }
}
