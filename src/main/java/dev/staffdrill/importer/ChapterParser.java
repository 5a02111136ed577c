package dev.staffdrill.importer;

import dev.staffdrill.importer.SectionFinder.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one chapter Markdown file into drill items, taking them only from the four sections the
 * seeds define (see {@link Section}). Pure: no I/O, no clock. Tolerant of how a section is written
 * (heading level, "PART 18:" or "Part 18 —", numbered, bulleted or bold-labelled items, wrapped
 * lines); strict about what counts as an item: only the text of the file, never a guess.
 */
public final class ChapterParser {

    /** Parses {@code text}; throws {@link ImportException} when it holds no recognised section or no items. */
    public ImportResult parse(String fileName, String text) {
        return parse(fileName, text, null);
    }

    /** As {@link #parse(String, String)}, treating the file as chapter {@code chapterOverride} when not null. */
    public ImportResult parse(String fileName, String text, Integer chapterOverride) {
        List<Line> lines = Line.parse(text);
        List<Span> spans = SectionFinder.find(lines);
        if (spans.isEmpty()) {
            throw new ImportException(fileName, "no importable section found; looked for headings " + Section.lookedFor());
        }
        DocumentTitle doc = DocumentTitle.of(fileName, lines, chapterOverride);
        String docKey = doc.chapter() != null ? String.valueOf(doc.chapter()) : ItemText.slug(stem(fileName), 30);
        List<ImportedItem> items = new ArrayList<>();
        Map<String, Integer> idCounts = new HashMap<>();
        Set<Section> found = new LinkedHashSet<>();
        for (Span span : spans) {
            found.add(span.section());
            List<RawItem> raws = ItemCollector.collect(span.section(), span.heading().text(),
                    lines.subList(span.from(), span.to()));
            for (RawItem raw : raws) {
                item(raw, span.section(), doc, docKey, idCounts).ifPresent(items::add);
            }
        }
        if (items.isEmpty()) {
            throw new ImportException(fileName, "found " + describe(spans) + " but no items under it; items are "
                    + "numbered or bulleted entries, bold labels (**Follow-up 1:**, **Q1.**) or headings (#### Exercise 1: …)");
        }
        return new ImportResult(fileName, doc.chapter(), doc.title(), List.copyOf(found), ImportProbes.attach(items),
                sets(items, docKey));
    }

    private static Optional<ImportedItem> item(RawItem raw, Section section, DocumentTitle doc, String docKey,
                                               Map<String, Integer> idCounts) {
        String title = raw.head().title();
        String prompt = raw.prompt().text();
        String guidance = raw.guidance().text();
        if (prompt.isEmpty()) {
            prompt = title; // "**Kill the leader mid-rebalance**" alone: its title is the whole task
        }
        if (!prompt.matches("(?s).*\\p{L}.*")) {
            return Optional.empty(); // a bare label ("**Follow-up 1:**") with nothing under it: not an item
        }
        if (title.isBlank()) {
            title = ItemText.titleFrom(prompt);
        }
        String kind = switch (section) {
            case FOLLOW_UPS, PART_16_PROBES -> "follow-up";
            case REVIEW_EXERCISES -> raw.groupKind != null ? raw.groupKind : "exercise";
            case PART_18 -> raw.groupKind != null ? raw.groupKind : Inference.itemKind(title, prompt);
        };
        List<Integer> refs = Inference.chapterRefs(title + "\n" + prompt);
        int chapter = doc.chapter() != null ? doc.chapter() : refs.isEmpty() ? 0 : refs.get(0);
        List<Integer> related = refs.stream().filter(r -> r != chapter).toList();
        String base = "imp-" + docKey + "-" + section.code() + "-" + ItemText.slug(title, 60);
        int n = idCounts.merge(base, 1, Integer::sum);
        String id = n == 1 ? base : base + "-" + n;
        return Optional.of(new ImportedItem(id, section, kind, chapter, related, title, prompt, guidance, raw.group,
                Inference.dimensions(title + "\n" + prompt, guidance), raw.line));
    }

    /** Each STEP 5 group of a master review becomes an exercise set, in the file's order. */
    private static List<ImportedSet> sets(List<ImportedItem> items, String docKey) {
        Map<String, List<ImportedItem>> groups = new LinkedHashMap<>();
        for (ImportedItem i : items) {
            if (i.section() == Section.REVIEW_EXERCISES) {
                groups.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i);
            }
        }
        List<ImportedSet> sets = new ArrayList<>();
        groups.forEach((group, members) -> sets.add(new ImportedSet("imp-" + docKey + "-set-" + ItemText.slug(group, 60),
                group, members.stream().map(ImportedItem::id).toList(), members.get(0).sourceLine())));
        return List.copyOf(sets);
    }

    private static String describe(List<Span> spans) {
        return spans.stream().map(s -> "\"" + ItemText.plain(s.heading().text()) + "\" (line " + s.heading().number() + ")")
                .distinct().reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String stem(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
