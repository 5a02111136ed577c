package dev.staffdrill;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.account.AccountFeature;
import dev.staffdrill.account.Auth;
import dev.staffdrill.account.PersonalData;
import dev.staffdrill.authoring.AuthoredSetRepository;
import dev.staffdrill.authoring.AuthoredSets;
import dev.staffdrill.authoring.AuthoringController;
import dev.staffdrill.bank.BankController;
import dev.staffdrill.cohort.CohortControllers;
import dev.staffdrill.cohort.CohortFeature;
import dev.staffdrill.config.Config;
import dev.staffdrill.config.StartupException;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.ContentMerge;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.ContentSync;
import dev.staffdrill.db.Database;
import dev.staffdrill.db.H2Backup;
import dev.staffdrill.design.DesignFeature;
import dev.staffdrill.design.OpenRoundController;
import dev.staffdrill.drill.DrillFeature;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.DrillRules;
import dev.staffdrill.drill.DrillService;
import dev.staffdrill.drill.SubmissionListener;
import dev.staffdrill.drill.ThreadService;
import dev.staffdrill.history.HistoryController;
import dev.staffdrill.notice.Notices;
import dev.staffdrill.notice.ReviewMarks;
import dev.staffdrill.grading.GradePanel;
import dev.staffdrill.grading.GradingAuditController;
import dev.staffdrill.grading.GradingService;
import dev.staffdrill.grading.llm.JdbiLlmStore;
import dev.staffdrill.health.HealthController;
import dev.staffdrill.home.HomeController;
import dev.staffdrill.importer.ImportService;
import dev.staffdrill.progress.ProgressFeature;
import dev.staffdrill.review.ReviewControllers;
import dev.staffdrill.review.ReviewFeature;
import dev.staffdrill.web.Access;
import dev.staffdrill.web.ErrorHandling;
import dev.staffdrill.web.Json;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.RequestLog;
import dev.staffdrill.web.SecurityHeaders;
import dev.staffdrill.web.StaticFiles;
import dev.staffdrill.web.Views;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root: builds every component from a {@link Config} and wires them together.
 * Building does not start anything that listens; {@link #start()} does. Tests build the same app
 * with port 0.
 */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final Database db;
    private final ContentStore content;
    private final Javalin javalin;
    private final GradingService grading;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<String> routes;
    private boolean stopped;

    private App(Config config, Database db, ContentStore content, Javalin javalin, GradingService grading,
                List<String> routes) {
        this.config = config;
        this.db = db;
        this.content = content;
        this.javalin = javalin;
        this.grading = grading;
        this.routes = routes;
        closeables.add(grading); // closed before the database: the scheduler stops first
    }

    public static App create(Config config) {
        // The two slowest steps of start-up, side by side: Flyway and H2 on one thread, parsing content/
        // on this one. Invalid content still stops the start with its file:line message (the database,
        // opened meanwhile, is closed again); a content error wins over a database error.
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(config), App::startupThread);
        ContentBank files;
        try {
            files = ContentLoader.load(config.contentDir());
        } catch (RuntimeException e) {
            opening.handle((db, failed) -> db).thenAccept(db -> {
                if (db != null) {
                    db.close();
                }
            }).join();
            throw e;
        }
        Database db = await(opening);
        try {
            // Imported chapters live in the database; the bank merges them with content/ on every (re)load.
            ImportService imports = new ImportService(db.jdbi(), Clock.systemUTC(),
                    imported -> ContentMerge.merge(ContentLoader.load(config.contentDir()), imported));
            ContentStore content = new ContentStore(config.contentDir(), files, imports::content);
            return wire(config, db, content, imports);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void startupThread(Runnable r) {
        Thread t = new Thread(r, "startup-database");
        t.setDaemon(true);
        t.start();
    }

    /** The database, or its own exception (a StartupException stays one, so Main prints it in one line). */
    private static Database await(CompletableFuture<Database> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Builds the app floor by floor, bottom first, in the order of ArchitectureTest.FLOORS (config,
     * content, db and importer come from {@link #create}). Where a lower feature needs a higher one it
     * declares a port, and the higher feature's front door is opened just before, marked "port".
     */
    private static App wire(Config config, Database db, ContentStore content, ImportService imports) {
        Clock clock = Clock.systemUTC();
        var jdbi = db.jdbi();

        // web, the toolkit: every page's header names the signed-in user (account) and the grader in use.
        ObjectMapper json = Json.mapper();
        Views views = new Views(config.devMode());
        AccountFeature accounts = new AccountFeature(config, jdbi, clock);
        Auth auth = accounts.auth();
        Notices notices = new Notices(jdbi, clock); // notice stands beside account: the nav badges
        ReviewMarks reviewMarks = new ReviewMarks(jdbi);
        GradingService grading = GradingService.create(config, db, content);
        String graderMode = grading.mode();
        Pages pages = new Pages(auth::identity, () -> graderMode, config.localMode(),
                ctx -> notices.counts(Auth.current(ctx).user().id())); // new assignments, new reviews
        List<PersonalData> personalData = new ArrayList<>(); // each feature's part of "export my data" / "delete"

        // account
        AccountFeature.Controllers accountPages = accounts.controllers(views, pages, content, personalData);

        // drill, with the ports it needs from above marked
        ProgressFeature progress = new ProgressFeature(jdbi, content, clock, json); // port: GapPicker
        CohortFeature cohorts = new CohortFeature(jdbi); // port: AssignedSets (with authoring's sets)
        AuthoredSetRepository authoredSetRepo = new AuthoredSetRepository(jdbi);
        AuthoredSets authoredSets = new AuthoredSets(authoredSetRepo);
        ReviewFeature reviews = new ReviewFeature(jdbi); // port: GradeDisplay (instructor overrides win)
        GradePanel gradePanel = new GradePanel(grading, views);
        DrillRules drillRules = new DrillRules(config.grace(), config.maxAnswerChars(), config.drillClockOverride());
        // An answer is graded once the learner's last word on it is in: at submit, or when its follow-up thread ends.
        List<SubmissionListener> onLastWord = List.of(grading::enqueue);
        DrillFeature drill = new DrillFeature(jdbi, content, drillRules, clock, progress.gapPicker(),
                cohorts.sets(authoredSets), grading.interviewer(content), onLastWord); // port: Interviewer (grading)
        DrillService drillService = drill.service();
        DrillReads drillReads = drill.reads(); // what the features above read of drills

        // design: open design rounds, one-attempt drills whose facts are asked for
        DesignFeature design = new DesignFeature(jdbi, drillReads, drillService, content, views);
        OpenRoundController roundPages = design.controller(pages);
        // drill's result page, with its ports: grades as reviewed (review), the scoping verdict (design)
        DrillFeature.Controllers drillPages = drill.controllers(views, pages, reviews.grades(gradePanel, content, views),
                design.resultPanel());

        // grading
        GradingAuditController gradingAudit = new GradingAuditController(views, pages, new JdbiLlmStore(jdbi), grading);

        // authoring, cohort, review, progress
        AuthoringController authoring = new AuthoringController(views, pages, imports, content, authoredSetRepo, clock);
        CohortControllers cohortPages = cohorts.controllers(views, pages, authoredSets, content, drillService, clock,
                notices);
        personalData.add(cohorts.personalData());
        ReviewControllers reviewPages = reviews.controllers(views, pages, cohorts, drillReads, gradePanel,
                content, clock);
        ProgressFeature.Controllers progressPages = progress.controllers(views, pages, drillReads, cohorts.reads(),
                reviewMarks, notices);
        personalData.add(progress.personalData());
        personalData.add(design.personalData());

        // health, home, bank, history; then the routes of all of them
        HistoryController history = new HistoryController(views, pages, drillReads, progress.service(), reviewMarks, notices);
        Routes routes = new Routes(
                new HomeController(views, pages, content, progressPages.dashboard()::dashboard),
                new HealthController(db, content, () -> graderMode),
                accountPages.account(), accountPages.admin(), drillPages.drills(), drillPages.threads(), roundPages,
                history, gradingAudit,
                progressPages.progress(), progressPages.exports(), cohortPages, reviewPages, authoring,
                new BankController(views, pages, progress.service(), drillService), accountPages.resets());
        List<AutoCloseable> closeables = List.of(background(config, db, jdbi, content, drillService, drill.threads()));
        ErrorHandling errors = new ErrorHandling(views, pages);
        List<String> routeTable = new java.util.concurrent.CopyOnWriteArrayList<>(); // see routes()

        Javalin javalin = Javalin.create(c -> {
            c.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) {
                    routeTable.add(h.getHttpMethod() + " " + h.getPath());
                }
            });
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jsonMapper(new JavalinJackson(json, false));
            if (config.behindProxy()) {
                // ctx.ip() becomes the address the proxy saw (X-Forwarded-For), so login throttling
                // counts per learner; without a proxy that header is the client's to forge, hence a switch.
                c.jetty.modifyHttpConfiguration(hc -> hc.addCustomizer(new org.eclipse.jetty.server.ForwardedRequestCustomizer()));
            }
            c.http.maxRequestSize = 2_000_000; // answers are capped far below this; see the drill limits
            c.jetty.modifyServer(App::finishRequestsOnStop);
            c.requestLogger.http(RequestLog::log);
            staticFiles(c, config);
            c.routes.before(SecurityHeaders::apply);
            c.routes.before(auth::resolve);
            c.routes.beforeMatched(auth::authorize);
            routes.register(c);
            errors.register(c);
        });
        App app = new App(config, db, content, javalin, grading, java.util.Collections.unmodifiableList(routeTable));
        app.closeables.addAll(closeables);
        return app;
    }

    /**
     * The background work of one instance, on one daemon thread: closing attempts whose clock ran
     * out with nobody on the page, serving `backup` requests, and noticing content another instance
     * changed. Returns what stops it.
     */
    private static AutoCloseable background(Config config, Database db, org.jdbi.v3.core.Jdbi jdbi, ContentStore content,
                                            DrillService drillService, ThreadService threads) {
        var sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "drill-clock");
            t.setDaemon(true);
            return t;
        });
        // Closes attempts whose clock ran out with nobody on the page (closed tab, lost network).
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                drillService.closeExpired();
                threads.closeExpired();
            } catch (RuntimeException e) {
                LOG.warn("closing expired attempts failed", e);
            }
        }, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
        if (config.usesDefaultDatabase()) {
            // `backup` while the server runs: the server holds the H2 file, so it writes the backup.
            sweeper.scheduleWithFixedDelay(() -> H2Backup.serveRequests(config.dataDir(), db.dataSource()),
                    1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
        // Several instances on one database: a reload or import on one reaches the others' banks.
        ContentSync contentSync = new ContentSync(jdbi, content);
        content.afterReload(contentSync::announce);
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                contentSync.poll();
            } catch (RuntimeException e) {
                LOG.warn("checking for content changed by another instance failed", e);
            }
        }, 2, 2, java.util.concurrent.TimeUnit.SECONDS);
        return sweeper::shutdownNow;
    }

    /**
     * On stop (SIGTERM), Jetty stops accepting connections and waits up to this long for requests
     * already running to finish (a save, a submit); only then does {@link #close()} close the database.
     */
    static final long STOP_GRACE_MILLIS = 20_000;

    private static void finishRequestsOnStop(org.eclipse.jetty.server.Server server) {
        server.setStopTimeout(STOP_GRACE_MILLIS);
        var graceful = new org.eclipse.jetty.server.handler.GracefulHandler(); // Javalin mounts its context inside
        // Jetty's default cuts a request whose body is still arriving after 1 s of shutdown (408): a
        // final save over a slow link is exactly what must get through.
        graceful.setShutdownIdleTimeout(STOP_GRACE_MILLIS / 2);
        server.setHandler(graceful);
    }

    private static void staticFiles(io.javalin.config.JavalinConfig c, Config config) {
        Path external = Path.of("static");
        boolean fromDisk = config.devMode() && Files.isDirectory(external);
        c.resourceHandler(new StaticFiles()); // not Jetty's: see StaticFiles
        c.staticFiles.add(sf -> {
            sf.hostedPath = "/static";
            sf.directory = fromDisk ? external.toAbsolutePath().toString() : "/static";
            sf.location = fromDisk ? Location.EXTERNAL : Location.CLASSPATH;
            sf.headers = java.util.Map.of("Cache-Control", "max-age=0"); // revalidate (ETag): files change with releases
            sf.roles = Set.of(Access.PUBLIC);
        });
        // Not enableWebjars(): that declares no role, and the access filter closes anything without one.
        c.staticFiles.add(sf -> {
            sf.hostedPath = "/webjars";
            sf.directory = "META-INF/resources/webjars";
            sf.location = Location.CLASSPATH;
            sf.headers = java.util.Map.of("Cache-Control", "max-age=31622400"); // versioned paths never change
            sf.roles = Set.of(Access.PUBLIC);
        });
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Starts listening; a port already in use becomes a one-line {@link StartupException}. */
    public App start() {
        try {
            javalin.start(config.listenHost(), config.port());
        } catch (JavalinBindException e) {
            close();
            throw new StartupException("port " + config.port() + " is already in use: stop the other process "
                    + "or choose another port with STAFFDRILL_PORT or --port", e);
        } catch (RuntimeException e) {
            close();
            if (e.getCause() instanceof java.net.BindException) {
                throw new StartupException("port " + config.port() + " is already in use: stop the other process "
                        + "or choose another port with STAFFDRILL_PORT or --port", e);
            }
            throw e;
        }
        grading.start(); // grading jobs left over from the last run resume here
        if (config.localMode() && config.listenHost() != null && !isLoopback(config.listenHost())) {
            LOG.warn("local mode is listening on {}: anyone who can reach it is signed in as the learner",
                    config.listenHost());
        }
        LOG.info("Staff Drill listening on {}:{} ({} questions, grader: {})",
                config.listenHost() == null ? "all interfaces" : config.listenHost(), port(),
                content.bank().questions().size(), config.llm().enabled() ? config.llm().provider() : "offline");
        return this;
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public int port() {
        return javalin.port();
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return db;
    }

    public ContentStore content() {
        return content;
    }

    public GradingService grading() {
        return grading;
    }

    /** Every registered endpoint as "METHOD path"; the authorization matrix test checks it covers them all. */
    public List<String> routes() {
        return routes;
    }

    /** Stops accepting requests, lets running ones finish, then closes workers and the database. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            LOG.warn("stopping the web server failed", e);
        }
        for (AutoCloseable c : reversed(closeables)) { // workers first, then what they use
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", c, e);
            }
        }
        db.close();
    }
}
