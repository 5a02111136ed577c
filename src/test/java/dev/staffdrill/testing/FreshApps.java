package dev.staffdrill.testing;

import dev.staffdrill.App;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several real apps per test, for tests that need a clean database each (first-account rules,
 * throttling, restarts): each gets its own data dir, all share one fixture content folder.
 * Register it as an instance field; everything it started is closed and deleted after each test.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * final FreshApps apps = new FreshApps();
 * </pre>
 */
public final class FreshApps implements AfterEachCallback {
    private ScratchDir dir;
    private final List<App> started = new ArrayList<>();

    public App start(String... flags) {
        return start(dir().resolve("data" + started.size()), flags);
    }

    /** On a given data dir, e.g. to start a second app where a closed one left its database. */
    public App start(Path dataDir, String... flags) {
        dir();
        App app = TestApp.start(TestConfig.app(dataDir, this.dir.fixtureContent(), flags));
        started.add(app);
        return app;
    }

    /** This test's temporary directory, for data dirs that outlive one app. */
    public Path dir() {
        if (dir == null) {
            dir = new ScratchDir();
        }
        return dir.path();
    }

    public static TestClient client(App app) {
        return new TestClient(TestApp.url(app));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.forEach(App::close); // closing twice is harmless
        started.clear();
        if (dir != null) {
            dir.delete();
            dir = null;
        }
    }
}
