package dev.staffdrill.testing;

import dev.staffdrill.App;
import dev.staffdrill.config.Config;

import java.nio.file.Path;

/** Builds and starts the real app on port 0 with its own data dir, as `main` would. */
public final class TestApp {
    private TestApp() {
    }

    /**
     * A config on a free port, a fresh database for {@code dataDir} (an H2 file under it, or its own
     * PostgreSQL database when this run tests PostgreSQL: see {@link TestDatabase}), and the given content.
     */
    public static Config config(Path dataDir, Path contentDir, String... extraFlags) {
        return TestConfig.app(dataDir, contentDir, extraFlags);
    }

    /** Always the H2 file under {@code dataDir}, whatever the tier: for tests of H2 itself (its file lock, its backups). */
    public static Config h2Config(Path dataDir, Path contentDir, String... extraFlags) {
        return TestConfig.h2App(dataDir, contentDir, extraFlags);
    }

    public static App start(Config config) {
        return App.create(config).start();
    }

    public static String url(App app) {
        return "http://localhost:" + app.port();
    }

    /** One value from the app's database, for asserting what a request did (or did not) change. */
    public static <T> T query(App app, Class<T> type, String sql, Object... args) {
        return app.database().jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(type).findOne().orElse(null);
        });
    }
}
