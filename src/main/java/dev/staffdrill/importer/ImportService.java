package dev.staffdrill.importer;

import dev.staffdrill.content.ImportedContent;
import dev.staffdrill.importer.ImportRepository.ItemRow;
import dev.staffdrill.importer.ImportRepository.SetRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports chapter files into the database. {@link #preview} only parses (for a dry run or an
 * upload form's preview); {@link #apply} writes in one transaction. An unchanged item is left
 * alone; an edited one gets a new version row and the old row stays. Before committing, the
 * content as it would be is handed to {@code check} (the bank's validation): if that throws, the
 * transaction rolls back and nothing changes.
 */
public final class ImportService {
    private final ImportRepository repo;
    private final ChapterParser parser = new ChapterParser();
    private final Clock clock;
    private final Consumer<ImportedContent> check;

    public ImportService(Jdbi jdbi, Clock clock, Consumer<ImportedContent> check) {
        this.repo = new ImportRepository(jdbi);
        this.clock = clock;
        this.check = check;
    }

    /** Parses only; throws {@link ImportException} for a file with no recognised section or no items. */
    public ImportResult preview(String fileName, String text) {
        return parser.parse(fileName, text);
    }

    public ImportResult preview(String fileName, String text, Integer chapter) {
        return parser.parse(fileName, text, chapter);
    }

    public ImportSummary apply(String fileName, String text) {
        return apply(preview(fileName, text));
    }

    /** Writes a previewed result. The summary counts items added, updated (new version), unchanged and retired. */
    public ImportSummary apply(ImportResult result) {
        return applyAll(List.of(result)).get(0);
    }

    /** Writes several files in one transaction: all of them, or (on any problem) none. */
    public List<ImportSummary> applyAll(List<ImportResult> results) {
        return repo.jdbi().inTransaction(h -> {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            List<ImportSummary> summaries = results.stream().map(r -> write(h, r, now)).toList();
            check.accept(content(h));
            return summaries;
        });
    }

    /** Everything active, as the content store merges it into the bank. */
    public ImportedContent content() {
        return repo.jdbi().withHandle(this::content);
    }

    /** Sets an item's target dimensions by hand: a new version, kept by later re-imports of unchanged text. */
    public void editDimensions(String itemId, List<String> dimensions) {
        List<String> dims = dimensions.stream().map(d -> d.strip().toUpperCase(Locale.ROOT)).distinct().sorted().toList();
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("an item needs at least one target dimension");
        }
        repo.jdbi().useTransaction(h -> {
            ItemRow cur = repo.activeItem(h, itemId)
                    .orElseThrow(() -> new IllegalArgumentException("no imported item '" + itemId + "'"));
            store(h, cur, dims, true, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            check.accept(content(h));
        });
    }

    /** Item history, oldest first: every version ever imported, active or not. */
    public List<String> versions(String itemId) {
        return repo.jdbi().withHandle(h -> repo.versions(h, itemId).stream().map(ItemRow::version).toList());
    }

    private ImportedContent content(Handle h) {
        return ImportedQuestions.content(repo.activeItems(h), repo.activeSets(h), repo.activeProbes(h));
    }

    private ImportSummary write(Handle h, ImportResult result, OffsetDateTime now) {
        String source = result.source();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (ImportedItem item : result.items()) {
            seen.add(item.id());
            // Rewritten on every import: an item's probes come from the file's other bullets.
            repo.replaceProbes(h, item.id(), item.probes());
            String chapterTitle = cut(ImportedQuestions.chapterTitle(result, item), 300);
            ItemRow fresh = new ItemRow(item.id(), "", contentHash(item), item.section().name(), item.kind(),
                    item.chapter(), chapterTitle, item.related(), cut(item.title(), 300), item.prompt(), item.guidance(),
                    cut(item.group(), 300), item.dimensions(), false, cut(source, 300), item.sourceLine(), true, now);
            Optional<ItemRow> cur = repo.activeItem(h, item.id());
            if (cur.isPresent() && cur.get().contentHash().equals(fresh.contentHash())) {
                unchanged++;
                repo.relocate(h, item.id(), cur.get().version(), fresh.source(), item.sourceLine(), chapterTitle);
                continue;
            }
            // Dimensions set by hand survive a text edit; inferred ones are inferred again.
            boolean edited = cur.map(ItemRow::dimensionsEdited).orElse(false);
            store(h, fresh, edited ? cur.get().dimensions() : item.dimensions(), edited, now);
            if (cur.isPresent()) {
                updated++;
            } else {
                added++;
            }
        }
        int retired = 0;
        for (String id : repo.activeIdsFrom(h, source)) {
            if (!seen.contains(id)) {
                repo.retire(h, id);
                repo.replaceProbes(h, id, List.of());
                retired++;
            }
        }
        int setsChanged = writeSets(h, result, now);
        return new ImportSummary(source, result.items().size(), added, updated, unchanged, retired, setsChanged,
                result.probes(), result.probeBulletsSkipped());
    }

    /** Makes (content, dimensions) the item's active version, adding the row unless that exact version exists. */
    private void store(Handle h, ItemRow base, List<String> dims, boolean edited, OffsetDateTime now) {
        String version = hash(base.contentHash() + "|" + String.join(",", dims));
        boolean exists = repo.versions(h, base.id()).stream().anyMatch(v -> v.version().equals(version));
        if (!exists) {
            repo.insert(h, new ItemRow(base.id(), version, base.contentHash(), base.section(), base.kind(), base.chapter(),
                    base.chapterTitle(), base.related(), base.title(), base.prompt(), base.guidance(), base.group(), dims,
                    edited, base.source(), base.sourceLine(), true, now));
        } else {
            repo.relocate(h, base.id(), version, base.source(), base.sourceLine(), base.chapterTitle());
        }
        repo.activate(h, base.id(), version);
    }

    private int writeSets(Handle h, ImportResult result, OffsetDateTime now) {
        int changed = 0;
        Set<String> seen = new HashSet<>();
        String description = "Exercises from \"" + result.title() + "\" (" + result.source() + "), imported as written.";
        for (ImportedSet s : result.sets()) {
            seen.add(s.id());
            SetRow row = new SetRow(s.id(), cut(s.title(), 300), cut(description, 2000), s.itemIds(),
                    cut(result.source(), 300), s.sourceLine(), true);
            Optional<SetRow> cur = repo.set(h, s.id());
            if (cur.isEmpty() || !sameSet(cur.get(), row)) {
                changed++;
            }
            repo.saveSet(h, row, now);
        }
        for (String id : repo.activeSetIdsFrom(h, result.source())) {
            if (!seen.contains(id)) {
                repo.retireSet(h, id);
                changed++;
            }
        }
        return changed;
    }

    private static boolean sameSet(SetRow a, SetRow b) {
        return a.active() && a.title().equals(b.title()) && a.description().equals(b.description())
                && a.itemIds().equals(b.itemIds());
    }

    /** The source text of an item: the same text means the same content hash, whatever line it moved to. */
    static String contentHash(ImportedItem i) {
        return hash(String.join("\u0000", i.section().name(), i.kind(), String.valueOf(i.chapter()),
                i.related().toString(), i.title(), i.prompt(), i.guidance(), i.group()));
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
