package dev.staffdrill.web;

import dev.staffdrill.grading.GradingAuditController;
import dev.staffdrill.health.HealthController;
import dev.staffdrill.home.HomeController;
import io.javalin.config.JavalinConfig;

import static dev.staffdrill.web.Access.ADMIN;
import static dev.staffdrill.web.Access.PUBLIC;

/** Every route of the app, in one place. Each declares who may use it (see {@link Access}). */
public final class Routes {
    private final HomeController home;
    private final HealthController health;
    private final GradingAuditController gradingAudit;

    public Routes(HomeController home, HealthController health, GradingAuditController gradingAudit) {
        this.home = home;
        this.health = health;
        this.gradingAudit = gradingAudit;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.get("/", home::home, PUBLIC);
        r.get("/healthz", health::health, PUBLIC);
        // Grading: the LLM calls and grade history of one attempt, for admins
        r.get("/admin/grading/{attemptId}", gradingAudit::show, ADMIN);
    }
}
