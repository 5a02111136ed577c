package dev.staffdrill.content;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the in-memory bank of several app instances on one database in step. An import (browser
 * or {@code import} command) or an admin's reload on one instance {@link #announce announces} it by
 * bumping a counter in the database; every instance {@link #poll polls} the counter every few
 * seconds and reloads its bank when it moved. A reload re-reads this machine's content/ folder,
 * so each instance must be given the same folder (see README, "Running for a cohort").
 */
public final class ContentSync {
    private static final Logger LOG = LoggerFactory.getLogger(ContentSync.class);

    private final Jdbi jdbi;
    private final ContentStore store;
    private volatile long seen;

    public ContentSync(Jdbi jdbi, ContentStore store) {
        this.jdbi = jdbi;
        this.store = store;
        this.seen = generation(jdbi);
    }

    /**
     * Tells the other instances the bank changed. This instance does not mark the new value seen:
     * another instance may have announced at the same moment, so its next poll reloads once more
     * (cheap, and nothing is missed).
     */
    public static void announce(Jdbi jdbi) {
        jdbi.useHandle(h -> h.execute("UPDATE content_generation SET generation = generation + 1 WHERE id = 1"));
    }

    public void announce() {
        announce(jdbi);
    }

    /** Reloads the bank when another instance (or the import command) announced a change since the last poll. */
    public void poll() {
        long now = generation(jdbi);
        if (now == seen) {
            return;
        }
        seen = now; // a folder that fails validation here is logged once, not every few seconds
        try {
            store.reloadQuietly();
            LOG.info("content reloaded: another instance changed it (generation {})", now);
        } catch (ContentException e) {
            LOG.warn("content changed on another instance but this instance's content/ folder is invalid; "
                    + "keeping the old bank: {}", e.getMessage());
        }
    }

    private static long generation(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT generation FROM content_generation WHERE id = 1")
                .mapTo(Long.class).one());
    }
}
