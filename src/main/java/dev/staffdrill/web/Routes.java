package dev.staffdrill.web;

import dev.staffdrill.account.AccountController;
import dev.staffdrill.account.AdminController;
import dev.staffdrill.drill.DrillController;
import dev.staffdrill.drill.HistoryController;
import dev.staffdrill.grading.GradingAuditController;
import dev.staffdrill.health.HealthController;
import dev.staffdrill.home.HomeController;
import dev.staffdrill.progress.ExportController;
import dev.staffdrill.progress.ProgressController;
import io.javalin.config.JavalinConfig;

import static dev.staffdrill.web.Access.ADMIN;
import static dev.staffdrill.web.Access.LEARNER;
import static dev.staffdrill.web.Access.PUBLIC;

/** Every route of the app, in one place. Each declares who may use it (see {@link Access}). */
public final class Routes {
    private final HomeController home;
    private final HealthController health;
    private final AccountController account;
    private final AdminController admin;
    private final DrillController drills;
    private final HistoryController history;
    private final GradingAuditController gradingAudit;
    private final ProgressController progress;
    private final ExportController exports;

    public Routes(HomeController home, HealthController health, AccountController account, AdminController admin,
                  DrillController drills, HistoryController history, GradingAuditController gradingAudit,
                  ProgressController progress, ExportController exports) {
        this.home = home;
        this.health = health;
        this.account = account;
        this.admin = admin;
        this.drills = drills;
        this.history = history;
        this.gradingAudit = gradingAudit;
        this.progress = progress;
        this.exports = exports;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.get("/", home::home, PUBLIC);
        r.get("/healthz", health::health, PUBLIC);

        r.get("/signup", account::signupForm, PUBLIC);
        r.post("/signup", account::signup, PUBLIC);
        r.get("/login", account::loginForm, PUBLIC);
        r.post("/login", account::login, PUBLIC);
        r.post("/logout", account::logout, LEARNER);
        r.get("/account", account::show, LEARNER);
        r.post("/account/password", account::changePassword, LEARNER);
        r.post("/account/accommodation", account::setAccommodation, LEARNER);
        r.get("/account/export.json", account::export, LEARNER);
        r.post("/account/delete", account::delete, LEARNER);

        r.get("/drills", drills::startPage, LEARNER);
        r.post("/drills", drills::start, LEARNER);
        r.get("/drills/{drillId}", drills::resume, LEARNER);
        r.get("/drills/{drillId}/summary", drills::summary, LEARNER);
        r.get("/attempts/{attemptId}", drills::question, LEARNER);
        r.post("/attempts/{attemptId}/draft", drills::saveDraft, LEARNER);
        r.post("/attempts/{attemptId}/submit", drills::submit, LEARNER);
        r.get("/attempts/{attemptId}/rate", drills::rateForm, LEARNER);
        r.post("/attempts/{attemptId}/rate", drills::rate, LEARNER);
        r.get("/attempts/{attemptId}/result", drills::result, LEARNER);
        r.get("/attempts/{attemptId}/grade", drills::gradePanel, LEARNER);
        r.get("/history", history::history, LEARNER);

        r.get("/progress", progress::progress, LEARNER);
        r.get("/progress/attempts", progress::attempts, LEARNER);
        r.get("/progress/export.csv", exports::csv, LEARNER);
        r.get("/progress/export.json", exports::json, LEARNER);

        r.get("/admin", admin::show, ADMIN);
        r.post("/admin/users/{userId}/role", admin::setRole, ADMIN);
        r.post("/admin/content/reload", admin::reloadContent, ADMIN);
        // Grading: the LLM calls and grade history of one attempt, for admins
        r.get("/admin/grading/{attemptId}", gradingAudit::show, ADMIN);
    }
}
