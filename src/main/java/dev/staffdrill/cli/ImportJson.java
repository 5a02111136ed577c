package dev.staffdrill.cli;

import dev.staffdrill.importer.ImportResult;
import dev.staffdrill.importer.ImportedItem;
import dev.staffdrill.importer.ImportedSet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code import --dry-run} shows: per file, every item with its chapter, kind, title, prompt, guidance and group. */
final class ImportJson {
    private ImportJson() {
    }

    static Map<String, Object> envelope(boolean dryRun, List<?> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", dryRun);
        m.put("files", files);
        return m;
    }

    static Map<String, Object> file(ImportResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.source());
        m.put("chapter", r.chapter());
        m.put("title", r.title());
        m.put("sections", r.sections().stream().map(s -> s.heading()).toList());
        m.put("items", r.items().stream().map(ImportJson::item).toList());
        m.put("sets", r.sets().stream().map(ImportJson::set).toList());
        return m;
    }

    private static Map<String, Object> item(ImportedItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("chapter", i.chapter());
        m.put("related", i.related());
        m.put("kind", i.kind());
        m.put("title", i.title());
        m.put("prompt", i.prompt());
        m.put("guidance", i.guidance());
        m.put("group", i.group());
        m.put("dimensions", i.dimensions());
        m.put("line", i.sourceLine());
        return m;
    }

    private static Map<String, Object> set(ImportedSet s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("items", s.itemIds());
        return m;
    }

    /** The same, readable: one line per item. */
    static String text(List<ImportResult> results) {
        StringBuilder sb = new StringBuilder();
        for (ImportResult r : results) {
            sb.append(r.source()).append(": ").append(r.chapter() == null ? "no chapter number" : "chapter " + r.chapter())
                    .append(" \"").append(r.title()).append("\", ").append(r.items().size()).append(" items")
                    .append(r.sets().isEmpty() ? "" : ", " + r.sets().size() + " sets").append('\n');
            for (ImportedItem i : r.items()) {
                sb.append(String.format("  %-17s %s  [%s; %s; line %d]%n", i.kind(), i.title(),
                        i.group().isEmpty() ? "no group" : i.group(), String.join(",", i.dimensions()), i.sourceLine()));
            }
            for (ImportedSet s : r.sets()) {
                sb.append("  set \"").append(s.title()).append("\": ").append(s.itemIds().size()).append(" items\n");
            }
        }
        return sb.toString().stripTrailing();
    }
}
