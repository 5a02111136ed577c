package dev.staffdrill;

import dev.staffdrill.account.AccountController;
import dev.staffdrill.account.AdminController;
import dev.staffdrill.authoring.AuthoringController;
import dev.staffdrill.bank.BankController;
import dev.staffdrill.account.ResetController;
import dev.staffdrill.cohort.CohortControllers;
import dev.staffdrill.design.OpenRoundController;
import dev.staffdrill.drill.DrillController;
import dev.staffdrill.drill.ThreadController;
import dev.staffdrill.grading.GradingAuditController;
import dev.staffdrill.health.HealthController;
import dev.staffdrill.history.HistoryController;
import dev.staffdrill.home.HomeController;
import dev.staffdrill.progress.ExportController;
import dev.staffdrill.progress.ProgressController;
import dev.staffdrill.review.ReviewControllers;
import io.javalin.config.JavalinConfig;

import static dev.staffdrill.web.Access.ADMIN;
import static dev.staffdrill.web.Access.INSTRUCTOR;
import static dev.staffdrill.web.Access.LEARNER;
import static dev.staffdrill.web.Access.PUBLIC;

/**
 * Every route of the app, in one place, beside the composition root that builds the controllers:
 * the only code that knows every feature. Each route declares who may use it (see
 * {@link dev.staffdrill.web.Access}).
 */
final class Routes {
    private final HomeController home;
    private final HealthController health;
    private final AccountController account;
    private final AdminController admin;
    private final DrillController drills;
    private final ThreadController threads;
    private final OpenRoundController rounds;
    private final HistoryController history;
    private final GradingAuditController gradingAudit;
    private final ProgressController progress;
    private final ExportController exports;
    private final CohortControllers cohorts;
    private final ReviewControllers reviews;
    private final AuthoringController authoring;
    private final BankController bank;
    private final ResetController resets;

    Routes(HomeController home, HealthController health, AccountController account, AdminController admin,
                  DrillController drills, ThreadController threads, OpenRoundController rounds,
                  HistoryController history, GradingAuditController gradingAudit,
                  ProgressController progress, ExportController exports, CohortControllers cohorts,
                  ReviewControllers reviews, AuthoringController authoring,
                  BankController bank, ResetController resets) {
        this.home = home;
        this.health = health;
        this.account = account;
        this.admin = admin;
        this.drills = drills;
        this.threads = threads;
        this.rounds = rounds;
        this.history = history;
        this.gradingAudit = gradingAudit;
        this.progress = progress;
        this.exports = exports;
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.authoring = authoring;
        this.bank = bank;
        this.resets = resets;
    }

    void register(JavalinConfig config) {
        var r = config.routes;
        r.get("/", home::home, PUBLIC);
        r.get("/healthz", health::health, PUBLIC);
        r.head("/healthz", health::health, PUBLIC); // load balancers that probe with HEAD

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

        r.get("/bank", bank::browse, LEARNER);
        r.post("/bank/start", bank::start, LEARNER);
        r.get("/drills", drills::startPage, LEARNER);
        r.post("/drills", drills::start, LEARNER);
        r.get("/drills/{drillId}", drills::resume, LEARNER);
        r.get("/drills/{drillId}/summary", drills::summary, LEARNER);
        r.get("/attempts/{attemptId}", drills::question, LEARNER);
        r.post("/attempts/{attemptId}/draft", drills::saveDraft, LEARNER);
        r.post("/attempts/{attemptId}/submit", drills::submit, LEARNER);
        r.get("/attempts/{attemptId}/thread", threads::show, LEARNER);
        r.post("/attempts/{attemptId}/thread/draft", threads::saveDraft, LEARNER);
        r.post("/attempts/{attemptId}/thread/reply", threads::reply, LEARNER);
        r.get("/attempts/{attemptId}/rate", drills::rateForm, LEARNER);
        r.post("/attempts/{attemptId}/rate", drills::rate, LEARNER);
        r.get("/attempts/{attemptId}/result", drills::result, LEARNER);
        r.get("/attempts/{attemptId}/grade", drills::gradePanel, LEARNER);
        r.post("/attempts/{attemptId}/regrade", drills::regrade, LEARNER);
        r.get("/history", history::history, LEARNER);
        // Open design rounds: the attempt's owner only (404 otherwise); rating and result are the drill's.
        r.post("/rounds", rounds::start, LEARNER);
        r.get("/rounds/{attemptId}", rounds::page, LEARNER);
        r.post("/rounds/{attemptId}/ask", rounds::ask, LEARNER);
        r.post("/rounds/{attemptId}/submit", rounds::submit, LEARNER);

        r.get("/progress", progress::progress, LEARNER);
        r.get("/progress/attempts", progress::attempts, LEARNER);
        r.get("/progress/export.csv", exports::csv, LEARNER);
        r.get("/progress/export.json", exports::json, LEARNER);

        // Cohorts: instructors reach only cohorts they own (checked per request, 404 otherwise).
        var co = cohorts.cohorts();
        r.get("/cohorts", co::list, INSTRUCTOR);
        r.post("/cohorts", co::create, INSTRUCTOR);
        r.get("/cohorts/{cohortId}", reviews.overview()::show, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/export.csv", reviews.export()::csv, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/members", co::members, INSTRUCTOR);
        r.post("/cohorts/{cohortId}/members/{userId}/remove", co::removeMember, INSTRUCTOR);
        r.post("/cohorts/{cohortId}/code", co::newCode, INSTRUCTOR);
        r.post("/cohorts/{cohortId}/code/revoke", co::closeJoining, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/assignments", cohorts.assignments()::list, INSTRUCTOR);
        r.post("/cohorts/{cohortId}/assignments", cohorts.assignments()::create, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/review", reviews.lists()::queue, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/learners/{userId}", reviews.lists()::learner, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/attempts/{attemptId}", reviews.attempt()::show, INSTRUCTOR);
        r.get("/cohorts/{cohortId}/attempts/{attemptId}/grade", reviews.attempt()::gradePanel, INSTRUCTOR);
        r.post("/cohorts/{cohortId}/attempts/{attemptId}/override", reviews.attempt()::override, INSTRUCTOR);
        r.post("/cohorts/{cohortId}/attempts/{attemptId}/reviewed", reviews.attempt()::markReviewed, INSTRUCTOR);
        r.get("/authoring/import", authoring::importForm, INSTRUCTOR);
        r.post("/authoring/import/preview", authoring::preview, INSTRUCTOR);
        r.post("/authoring/import/apply", authoring::apply, INSTRUCTOR);
        r.get("/authoring/sets/new", authoring::setForm, INSTRUCTOR);
        r.post("/authoring/sets", authoring::createSet, INSTRUCTOR);
        // Cohorts, learner side: joining needs the code; assignments only of cohorts you are in.
        var le = cohorts.learners();
        r.get("/join", le::joinByCode, LEARNER);
        r.get("/join/{code}", le::joinForm, LEARNER);
        r.post("/join/{code}", le::join, LEARNER);
        r.get("/assignments", le::list, LEARNER);
        r.post("/assignments/{assignmentId}/start", le::start, LEARNER);

        r.get("/admin", admin::show, ADMIN);
        r.post("/admin/users/{userId}/role", admin::setRole, ADMIN);
        r.post("/admin/users/{userId}/reset-link", resets::issue, ADMIN);
        r.get("/reset", resets::form, PUBLIC); // the one-time link an admin issued
        r.post("/reset", resets::reset, PUBLIC);
        r.post("/admin/content/reload", admin::reloadContent, ADMIN);
        // Grading: the LLM calls and grade history of one attempt, for admins
        r.get("/admin/grading/{attemptId}", gradingAudit::show, ADMIN);
    }
}
