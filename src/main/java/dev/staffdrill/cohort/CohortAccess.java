package dev.staffdrill.cohort;

import dev.staffdrill.account.Auth;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The ownership rule in one place: an instructor reaches a cohort, its members and their attempts
 * only if they own the cohort. Anything else is 404, never 403, so ids cannot be probed. Admins
 * get no exception: they see their own cohorts only.
 */
public final class CohortAccess {
    private final CohortRepository cohorts;

    public CohortAccess(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    public static long id(Context ctx, String param) {
        return ctx.pathParamAsClass(param, Long.class).getOrThrow(e -> new NotFoundResponse());
    }

    public static long userId(Context ctx) {
        return Auth.current(ctx).user().id();
    }

    /** The cohort named by {@code {cohortId}}, if the signed-in instructor owns it. */
    public Cohort owned(Context ctx) {
        return cohorts.owned(id(ctx, "cohortId"), userId(ctx)).orElseThrow(NotFoundResponse::new);
    }

    /** A member of an owned cohort, named by {@code {userId}}. */
    public Member member(Context ctx, Cohort cohort) {
        return cohorts.member(cohort.id(), id(ctx, "userId")).orElseThrow(NotFoundResponse::new);
    }
}
