package dev.staffdrill.testing;

import dev.staffdrill.App;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real apps on free ports for tests that need a clean database each (first-account rules,
 * throttling, restarts): each gets its own data dir under the test's temp dir, all share one
 * fixture content folder. Close it in {@code @AfterEach}.
 */
public final class FreshApps implements AutoCloseable {
    private final Path tmp;
    private final List<App> started = new ArrayList<>();

    public FreshApps(Path tmp) {
        this.tmp = tmp;
    }

    public App start(String... flags) {
        return start(tmp.resolve("data" + started.size()), flags);
    }

    /** On a given data dir, e.g. to start a second app where a closed one left its database. */
    public App start(Path dataDir, String... flags) {
        Path content = tmp.resolve("content");
        App app = TestApp.start(TestApp.config(dataDir, Files.isDirectory(content) ? content : Fixtures.content(content),
                flags));
        started.add(app);
        return app;
    }

    public static TestClient client(App app) {
        return new TestClient(TestApp.url(app));
    }

    @Override
    public void close() {
        started.forEach(App::close); // closing twice is harmless
    }
}
