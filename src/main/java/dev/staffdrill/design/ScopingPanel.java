package dev.staffdrill.design;

import dev.staffdrill.drill.Attempt;
import dev.staffdrill.drill.Drill;
import dev.staffdrill.drill.DrillMode;
import dev.staffdrill.drill.ResultPanels;
import dev.staffdrill.web.Views;
import gg.jte.Content;
import io.javalin.http.Context;

/**
 * The open round's part of the result page: how the learner scoped, judged against the ask-first
 * facts, and now (the round being submitted) every fact with its value.
 */
public final class ScopingPanel implements ResultPanels {
    private final Views views;
    private final OpenRoundService rounds;

    ScopingPanel(Views views, OpenRoundService rounds) {
        this.views = views;
        this.rounds = rounds;
    }

    @Override
    public Content panel(Context ctx, Drill drill, Attempt attempt) {
        if (drill.mode() != DrillMode.OPEN || !attempt.submitted()) {
            return Views.NOTHING;
        }
        return rounds.find(attempt.id(), attempt.userId()).map(r -> views.fragment("design/scoping.jte",
                new OpenRoundPages.ScopingView(Scoping.of(r.round(), r.asks(), r.attempt().startedAt()),
                        r.round().facts().stream().map(f -> new OpenRoundPages.RevealedFact(f.label(), f.value(),
                                f.askFirst(), r.asked(f.id()))).toList()))).orElse(Views.NOTHING);
    }
}
