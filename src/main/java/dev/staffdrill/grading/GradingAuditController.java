package dev.staffdrill.grading;

import dev.staffdrill.grading.llm.JdbiLlmStore;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * GET /admin/grading/{attemptId}: every LLM call made to grade the attempt (request sent, raw
 * reply, latency, tokens, validation outcome) and the attempt's grade history. Admins only: the
 * route's role enforces it.
 */
public final class GradingAuditController {
    private final Views views;
    private final Pages pages;
    private final JdbiLlmStore audits;
    private final GradingService grading;

    public GradingAuditController(Views views, Pages pages, JdbiLlmStore audits, GradingService grading) {
        this.views = views;
        this.pages = pages;
        this.audits = audits;
        this.grading = grading;
    }

    public void show(Context ctx) {
        long attemptId;
        try {
            attemptId = Long.parseLong(ctx.pathParam("attemptId"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse(); // /admin/grading/abc names no attempt, like any other unknown path
        }
        views.html(ctx, "grading/audit.jte", new GradingAuditPage(pages.shell(ctx, "Grading audit · attempt " + attemptId),
                attemptId, audits.auditsFor(attemptId), grading.history(attemptId)));
    }
}
