package dev.staffdrill.design;

import dev.staffdrill.content.OpenRound;
import dev.staffdrill.content.OpenRound.Fact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoping verdict: ask-first facts asked before any answer text, against the authored set. */
class ScopingTest {
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    static final OpenRound ROUND = new OpenRound("Feeds", "Design the feed.", List.of(
            new Fact("traffic", "Traffic", "175K req/s", true), new Fact("fanout", "Fan-out", "p99 5,000", true),
            new Fact("slo", "SLO", "p99 200 ms", true), new Fact("team", "Team", "8 engineers", true),
            new Fact("budget", "Budget", "$40K/month", false), new Fact("stack", "Existing stack", "Postgres", false)));

    static OpenRoundRepository.Ask ask(String fact, int seq, int second, boolean before) {
        return new OpenRoundRepository.Ask(fact, seq, T0.plusSeconds(second), before);
    }

    @Test
    void everyAskFirstFactBeforeDesigningIsScopedFirst() {
        Scoping s = Scoping.of(ROUND, List.of(ask("traffic", 1, 5, true), ask("budget", 2, 30, true),
                ask("fanout", 3, 61, true), ask("slo", 4, 70, true), ask("team", 5, 75, true)), T0);
        assertThat(s.verdict()).isEqualTo("Asked 4 of 4 ask-first facts before designing.");
        assertThat(s.level()).isEqualTo("Scoped first");
        assertThat(s.othersBeforeDesign()).isEqualTo(1);
        assertThat(s.asked()).extracting(Scoping.Asked::label).containsExactly("Traffic", "Budget", "Fan-out", "SLO", "Team");
        assertThat(s.asked().get(2).at()).isEqualTo("1:01");
        assertThat(s.askFirstMissed()).isEmpty();
    }

    @Test
    void askFirstFactsAskedWhileDesigningCountAsLateNotMissed() {
        Scoping s = Scoping.of(ROUND, List.of(ask("traffic", 1, 5, true), ask("slo", 2, 10, true),
                ask("fanout", 3, 600, false)), T0);
        assertThat(s.verdict()).isEqualTo("Asked 2 of 4 ask-first facts before designing.");
        assertThat(s.level()).isEqualTo("Partly scoped");
        assertThat(s.askFirstLate()).containsExactly("Fan-out");
        assertThat(s.askFirstMissed()).containsExactly("Team");
    }

    @Test
    void designingFirstIsSaidPlainly() {
        Scoping none = Scoping.of(ROUND, List.of(), T0);
        assertThat(none.verdict()).isEqualTo("Asked 0 of 4 ask-first facts before designing.");
        assertThat(none.level()).isEqualTo("Designed before scoping");
        assertThat(none.askFirstMissed()).containsExactly("Traffic", "Fan-out", "SLO", "Team");
        Scoping one = Scoping.of(ROUND, List.of(ask("budget", 1, 5, true), ask("traffic", 2, 9, true)), T0);
        assertThat(one.level()).isEqualTo("Designed before scoping");
        assertThat(one.othersBeforeDesign()).isEqualTo(1);
    }
}
