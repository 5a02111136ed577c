package dev.staffdrill.drill;

import io.javalin.http.Context;

/**
 * What a drill mode adds to the shared result page, as HTML ("" for nothing): the open design
 * round's scoping verdict. Implemented above this package, so the drill loop stays ignorant of it.
 */
public interface ResultPanels {
    ResultPanels NONE = (ctx, drill, attempt) -> "";

    /** The panel for the learner's own submitted {@code attempt} of {@code drill}. */
    String html(Context ctx, Drill drill, Attempt attempt);
}
