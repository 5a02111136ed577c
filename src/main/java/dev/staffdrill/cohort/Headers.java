package dev.staffdrill.cohort;

import io.javalin.http.Context;

/** Builds the header every cohort page carries, with the join link as the instructor would share it. */
public final class Headers {
    private Headers() {
    }

    public static CohortPages.Header of(Context ctx, Cohort cohort, String tab) {
        String code = cohort.joinCode() == null ? "" : cohort.joinCode();
        String url = code.isEmpty() ? "" : ctx.scheme() + "://" + ctx.host() + "/join/" + code;
        return new CohortPages.Header(cohort.id(), cohort.name(), code, url, tab);
    }
}
