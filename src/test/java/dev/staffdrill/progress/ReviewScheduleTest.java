package dev.staffdrill.progress;

import dev.staffdrill.content.Level;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.NOT_ADDRESSED;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewScheduleTest {
    private final ReviewSchedule schedule = new ReviewSchedule(Fsrs.standard());
    private final History h = new History();

    private long daysUntilDue(String q) {
        var item = schedule.build(h.observations()).get(q);
        return Duration.between(item.lastReview(), item.due()).toDays();
    }

    @Test
    void weakComesBackSoonerAndStrongLater() {
        h.attempt("na", 14, "B", NOT_ADDRESSED);
        h.attempt("weak", 14, "B", WEAK);
        h.attempt("moderate", 14, "B", MODERATE);
        h.attempt("strong", 14, "B", STRONG);
        // FSRS-6 initial stabilities 0.212, 1.2931, 2.3065, 8.2956 days, at least one day
        assertThat(daysUntilDue("na")).isEqualTo(1);
        assertThat(daysUntilDue("weak")).isEqualTo(1);
        assertThat(daysUntilDue("moderate")).isEqualTo(2);
        assertThat(daysUntilDue("strong")).isEqualTo(8);
    }

    @Test
    void theWeakestTargetDimensionRatesTheAnswer() {
        h.attempt("q", 14, "A", STRONG, "B", WEAK);
        var item = schedule.build(h.observations()).get("q");
        assertThat(item.lastLevel()).isEqualTo(WEAK);
        assertThat(daysUntilDue("q")).isEqualTo(1);
    }

    @Test
    void repeatedStrongAnswersSpreadOutAndALapseBringsItBack() {
        Instant t = History.T0;
        long previous = 0;
        for (int i = 0; i < 3; i++) {
            h.at(t).attempt("q", 14, "C", STRONG);
            var item = schedule.build(h.observations()).get("q");
            long days = Duration.between(item.lastReview(), item.due()).toDays();
            assertThat(days).isGreaterThan(previous);
            previous = days;
            t = item.due(); // answered exactly when due
        }
        assertThat(previous).isGreaterThan(60);
        h.at(t).attempt("q", 14, "C", NOT_ADDRESSED);
        // FSRS keeps some stability after a lapse of a well-known item: about a week, not months
        assertThat(daysUntilDue("q")).isLessThan(previous / 10);
        assertThat(schedule.build(h.observations()).get("q").reviews()).isEqualTo(4);
    }

    @Test
    void anOverrideReschedulesTheQuestion() {
        long a = h.attempt("q", 14, "D", WEAK);
        assertThat(daysUntilDue("q")).isEqualTo(1);
        h.override(a, "D", STRONG);
        assertThat(daysUntilDue("q")).isEqualTo(8);
    }

    @Test
    void dueMeansTheDueTimeHasPassed() {
        h.attempt("q", 14, "B", WEAK);
        var item = schedule.build(h.observations()).get("q");
        assertThat(item.dueBy(item.due())).isTrue();
        assertThat(item.dueBy(item.due().minusSeconds(1))).isFalse();
        assertThat(schedule.retrievability(item, item.lastReview())).isEqualTo(1.0);
        assertThat(schedule.retrievability(item, item.lastReview().plus(Duration.ofDays(30)))).isLessThan(0.9);
    }

    @Test
    void ratingsMapOneToOne() {
        assertThat(ReviewSchedule.rating(Level.NOT_ADDRESSED)).isEqualTo(Fsrs.Rating.AGAIN);
        assertThat(ReviewSchedule.rating(Level.STRONG)).isEqualTo(Fsrs.Rating.EASY);
    }
}
