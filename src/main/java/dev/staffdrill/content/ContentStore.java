package dev.staffdrill.content;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current bank. A reload validates the folder first and swaps only on success, so a
 * bad edit never replaces good content in a running app.
 */
public final class ContentStore {
    private final Path dir;
    private final AtomicReference<ContentBank> current;

    public ContentStore(Path dir) {
        this.dir = dir;
        this.current = new AtomicReference<>(ContentLoader.load(dir));
    }

    public ContentBank bank() {
        return current.get();
    }

    /** Re-reads content from disk; throws {@link ContentException} and keeps the old bank on a problem. */
    public ContentBank reload() {
        ContentBank fresh = ContentLoader.load(dir);
        current.set(fresh);
        return fresh;
    }

    public Path dir() {
        return dir;
    }
}
