package dev.staffdrill.progress;

import dev.staffdrill.progress.GapSelector.Candidate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

class GapSelectorTest {
    private final ReviewSchedule schedule = new ReviewSchedule(Fsrs.standard());
    private final History h = new History();
    private final List<Candidate> bank = new ArrayList<>();
    private Set<String> lastDrill = Set.of();
    private String lastQuestion = null;

    private void question(String id, String... dims) {
        bank.add(new Candidate(id, List.of(dims)));
    }

    private List<String> pick(int count, Instant now) {
        var observations = h.observations();
        var items = schedule.build(observations);
        var card = Scorecard.build(observations, List.of(), ScorecardTest.DIMS, Recency.DEFAULT);
        Map<String, Double> scores = new java.util.HashMap<>();
        card.rows().stream().filter(r -> r.overall().hasData()).forEach(r -> scores.put(r.dimension().id(), r.overall().score()));
        return GapSelector.pick(new GapSelector.Input(bank, items, scores, lastDrill, lastQuestion,
                i -> schedule.retrievability(i, now), now), count);
    }

    private Instant later(int days) {
        return h.clock.plus(Duration.ofDays(days));
    }

    @Test
    void dueQuestionsOnTheWeakestDimensionComeFirst() {
        question("a-strong", "A");
        question("b-weak", "B");
        question("d-moderate", "D");
        h.attempt("a-strong", 14, "A", STRONG);
        h.attempt("d-moderate", 14, "D", MODERATE);
        h.attempt("b-weak", 14, "B", WEAK);
        // 30 days on, everything is due; B (Weak) before D (Moderate); A is Strong so it is not a gap
        assertThat(pick(3, later(30))).containsExactly("b-weak", "d-moderate", "a-strong");
    }

    @Test
    void unseenQuestionsOnWeakDimensionsFillInWhenLittleIsDue() {
        question("b-seen", "B");
        question("a-unseen", "A");
        question("b-unseen", "B");
        question("d-unseen", "D");
        h.attempt("a-strong-elsewhere", 14, "A", STRONG);
        h.attempt("b-seen", 14, "B", WEAK);
        // tomorrow only b-seen is due; then unseen B (Weak), unseen D (no data), then A (Strong)
        assertThat(pick(4, later(2))).containsExactly("b-seen", "b-unseen", "d-unseen", "a-unseen");
    }

    @Test
    void neverTheLastQuestionNorAnyOfTheLastDrill() {
        question("b1", "B");
        question("b2", "B");
        question("b3", "B");
        question("d1", "D");
        h.attempt("b1", 14, "B", WEAK);
        h.attempt("b2", 14, "B", WEAK);
        h.attempt("b3", 14, "B", WEAK);
        lastDrill = Set.of("b2", "b3");
        lastQuestion = "b3";
        List<String> picked = pick(5, later(10));
        assertThat(picked).doesNotContain("b2", "b3").startsWith("b1");
        assertThat(picked).containsExactly("b1", "d1");
    }

    @Test
    void aTinyBankRepeatsTheLastDrillButNeverTheLastQuestion() {
        question("b1", "B");
        question("b2", "B");
        h.attempt("b1", 14, "B", WEAK);
        h.attempt("b2", 14, "B", WEAK);
        lastDrill = Set.of("b1", "b2");
        lastQuestion = "b2";
        assertThat(pick(5, later(10))).containsExactly("b1");
    }

    @Test
    void notDueQuestionsComeLastMostForgottenFirst() {
        question("fresh", "A");
        question("older", "A");
        h.attempt("older", 14, "A", STRONG);
        h.attempt("fresh", 14, "A", STRONG);
        assertThat(pick(2, later(1))).containsExactly("older", "fresh");
    }

    @Test
    void aNewLearnerGetsUnseenQuestionsInBankOrder() {
        question("q1", "A");
        question("q2", "B");
        question("q3", "C");
        assertThat(pick(2, History.T0)).containsExactly("q1", "q2");
    }
}
