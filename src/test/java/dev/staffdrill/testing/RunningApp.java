package dev.staffdrill.testing;

import dev.staffdrill.App;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.List;

/**
 * The real app on a free port for a test, as Javalin's {@code JavalinTest.test} gives one; every
 * HTTP test starts its server through this. A {@code static} field gives one app for the whole
 * class; an instance field gives a fresh app (and database) per test:
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static final RunningApp server = RunningApp.withFixtures();
 * ...
 * TestClient ada = server.client().signUp("ada", PW);
 * </pre>
 *
 * The data dir is a fresh temporary directory, deleted after the app closes; the content is the
 * small {@link Fixtures} folder unless {@link #withContent} names another. {@link #lazily()} waits for
 * the first {@link #app()} or {@link #start(String...)} call, for tests that pick their flags per test.
 */
public final class RunningApp implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Path contentDir;
    private final List<String> flags;
    private final boolean eager;
    private ScratchDir dir;
    private App app;
    private int port; // of the last start, for a restart after stop()
    private boolean perClass;

    private RunningApp(Path contentDir, List<String> flags, boolean eager) {
        this.contentDir = contentDir;
        this.flags = flags;
        this.eager = eager;
    }

    /** The app on the small fixture content folder. */
    public static RunningApp withFixtures(String... flags) {
        return new RunningApp(null, List.of(flags), true);
    }

    /** The app on a given content folder, e.g. the real {@code content/}. */
    public static RunningApp withContent(Path contentDir, String... flags) {
        return new RunningApp(contentDir, List.of(flags), true);
    }

    /** Same settings, but nothing starts until the test asks for the app. */
    public RunningApp lazily() {
        return new RunningApp(contentDir, flags, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true; // only a static field sees beforeAll
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            shutDown();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        shutDown();
    }

    private void open() {
        dir = new ScratchDir();
        if (eager) {
            start(flags.toArray(String[]::new));
        }
    }

    /** Starts the app with these flags (after the registered ones); closes one already running. */
    public App start(String... extraFlags) {
        if (dir == null) {
            throw new IllegalStateException("RunningApp must be registered with @RegisterExtension");
        }
        if (app != null) {
            app.close();
        }
        String[] all = java.util.stream.Stream.concat(flags.stream(), java.util.stream.Stream.of(extraFlags))
                .toArray(String[]::new);
        Path content = contentDir != null ? contentDir : dir.fixtureContent();
        app = TestApp.start(TestConfig.app(dir.path().resolve("data"), content, all));
        port = app.port();
        return app;
    }

    /**
     * Stops the app and starts it again on the same port and data dir, as a deploy or crash would;
     * {@code extraFlags} change its configuration (e.g. a short drill clock).
     */
    public App restart(String... extraFlags) {
        app();
        app.close(); // no-op when stop() already closed it
        app = null;
        String[] flags = java.util.stream.Stream.concat(java.util.stream.Stream.of(extraFlags),
                java.util.stream.Stream.of("--port", String.valueOf(port))).toArray(String[]::new);
        return start(flags);
    }

    /** Stops the app only (it can be restarted): as during a deploy or a network blip. */
    public void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** The running app; a lazy one starts here with the registered flags. */
    public App app() {
        return app != null ? app : start();
    }

    public String url() {
        return TestApp.url(app());
    }

    /** A new client with its own cookie jar: a new visitor. */
    public TestClient client() {
        return new TestClient(url());
    }

    /** One value from the app's database (see {@link TestApp#query}). */
    public <T> T query(Class<T> type, String sql, Object... args) {
        return TestApp.query(app(), type, sql, args);
    }

    /** This app's temporary directory (its data dir is {@code data/} inside). */
    public Path dir() {
        return dir.path();
    }

    private void shutDown() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            app = null;
            if (dir != null) {
                dir.delete();
                dir = null;
            }
        }
    }
}
