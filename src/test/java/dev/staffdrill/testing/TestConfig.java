package dev.staffdrill.testing;

import dev.staffdrill.config.Config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place tests build a {@link Config}: every test app and every test database gets its
 * settings here, so a switch that applies to all tests (which database to use, say) goes here and
 * nowhere else. Tests never read the real environment: a developer's STAFFDRILL_* variables must not
 * change what a test sees.
 */
public final class TestConfig {
    private TestConfig() {
    }

    /** The app on a free port with a fresh file database under {@code dataDir} and the given content. */
    public static Config app(Path dataDir, Path contentDir, String... extraFlags) {
        List<String> flags = new ArrayList<>(List.of("--port", "0", "--content-dir", contentDir.toString()));
        flags.addAll(List.of(extraFlags));
        return database(dataDir, flags.toArray(String[]::new));
    }

    /**
     * Only what a {@code Database.open} needs (plus any extra settings): for tests below the web layer.
     * The database is this run's: an H2 file under {@code dataDir}, or, in the PostgreSQL tier
     * ({@code -Dstaffdrill.test.postgres=…}, see {@link TestDatabase}), a PostgreSQL database of its own
     * for {@code dataDir}.
     */
    public static Config database(Path dataDir, String... extraFlags) {
        List<String> flags = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        flags.addAll(TestDatabase.flags(dataDir));
        flags.addAll(List.of(extraFlags));
        return Config.load(flags, Map.of());
    }

    /** Like {@link #app}, but always on the H2 file under {@code dataDir}: for tests of H2 itself (its lock, its backups). */
    public static Config h2App(Path dataDir, Path contentDir, String... extraFlags) {
        List<String> flags = new ArrayList<>(List.of("--port", "0", "--content-dir", contentDir.toString(),
                "--data-dir", dataDir.toString()));
        flags.addAll(List.of(extraFlags));
        return Config.load(flags, Map.of());
    }
}
