package dev.staffdrill.drill;

import dev.staffdrill.web.Views;
import gg.jte.Content;
import io.javalin.http.Context;

/**
 * What a drill mode adds to the shared result page ({@link Views#NOTHING} for nothing): the open
 * design round's scoping verdict. Implemented above this package, so the drill loop stays ignorant of it.
 */
public interface ResultPanels {
    ResultPanels NONE = (ctx, drill, attempt) -> Views.NOTHING;

    /** The panel for the learner's own submitted {@code attempt} of {@code drill}. */
    Content panel(Context ctx, Drill drill, Attempt attempt);
}
