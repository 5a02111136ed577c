package dev.staffdrill.content;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Holds the current bank. A reload validates the folder first and swaps only on success, so a
 * bad edit never replaces good content in a running app. Imported questions (from the database)
 * are merged in on every load, so a reload picks up both edited files and new imports.
 */
public final class ContentStore {
    private final Path dir;
    private final Supplier<ImportedContent> imported;
    private final AtomicReference<ContentBank> current;
    private final List<Runnable> afterReload = new CopyOnWriteArrayList<>();

    public ContentStore(Path dir) {
        this(dir, ImportedContent::none);
    }

    public ContentStore(Path dir, Supplier<ImportedContent> imported) {
        this(dir, ContentLoader.load(dir), imported);
    }

    /** Starts from {@code files}, already loaded from {@code dir}, so start-up reads the folder once. */
    public ContentStore(Path dir, ContentBank files, Supplier<ImportedContent> imported) {
        this.dir = dir;
        this.imported = imported;
        this.current = new AtomicReference<>(ContentMerge.merge(files, imported.get()));
    }

    private ContentBank load() {
        return ContentMerge.merge(ContentLoader.load(dir), imported.get());
    }

    public ContentBank bank() {
        return current.get();
    }

    /** Re-reads content from disk and imports; throws {@link ContentException} and keeps the old bank on a problem. */
    public ContentBank reload() {
        ContentBank fresh = reloadQuietly();
        afterReload.forEach(Runnable::run);
        return fresh;
    }

    /** A reload that tells no one: for following a change another instance announced. */
    public ContentBank reloadQuietly() {
        ContentBank fresh = load();
        current.set(fresh);
        return fresh;
    }

    /** Runs after every successful {@link #reload()}, e.g. to tell the other app instances. */
    public void afterReload(Runnable r) {
        afterReload.add(r);
    }

    public Path dir() {
        return dir;
    }
}
