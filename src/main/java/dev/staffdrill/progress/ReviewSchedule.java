package dev.staffdrill.progress;

import dev.staffdrill.content.Level;
import dev.staffdrill.progress.Fsrs.Rating;
import dev.staffdrill.progress.Fsrs.State;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spaced-review schedule per question of one learner, replayed with {@link Fsrs} from the
 * graded history every time it is read. Nothing is stored, so a new grade or an instructor
 * override changes the schedule the moment it exists, and nothing can drift out of date.
 * An answer's rating is its weakest target dimension: Not addressed = Again, Weak = Hard,
 * Moderate = Good, Strong = Easy — so Weak comes back within a day or two and Strong in a week.
 */
public final class ReviewSchedule {
    public static final double DESIRED_RETENTION = 0.9;
    public static final int MAX_INTERVAL_DAYS = 365;

    /** A question's schedule after its latest graded answer. */
    public record Item(String questionId, State state, Instant lastReview, Instant due, Level lastLevel,
                       int reviews, long lastAttemptId) {
        public boolean dueBy(Instant t) {
            return !due.isAfter(t);
        }
    }

    private final Fsrs fsrs;

    public ReviewSchedule(Fsrs fsrs) {
        this.fsrs = fsrs;
    }

    public static Rating rating(Level level) {
        return switch (level) {
            case NOT_ADDRESSED -> Rating.AGAIN;
            case WEAK -> Rating.HARD;
            case MODERATE -> Rating.GOOD;
            case STRONG -> Rating.EASY;
        };
    }

    /** Question id → schedule item, for every question with at least one graded answer. */
    public Map<String, Item> build(List<Observation> observations) {
        Map<Long, Review> byAttempt = new LinkedHashMap<>();
        for (Observation o : observations) {
            byAttempt.merge(o.attemptId(), new Review(o.attemptId(), o.questionId(), o.at(), o.level()),
                    (a, b) -> b.level().ordinal() < a.level().ordinal() ? b : a);
        }
        List<Review> reviews = new ArrayList<>(byAttempt.values());
        reviews.sort(Comparator.comparing(Review::at).thenComparingLong(Review::attemptId));
        Map<String, Item> items = new LinkedHashMap<>();
        for (Review r : reviews) {
            Item before = items.get(r.questionId());
            State state = before == null ? fsrs.first(rating(r.level()))
                    : fsrs.next(before.state(), Duration.between(before.lastReview(), r.at()).toDays(), rating(r.level()));
            items.put(r.questionId(), new Item(r.questionId(), state, r.at(), r.at().plus(Duration.ofDays(days(state))),
                    r.level(), before == null ? 1 : before.reviews() + 1, r.attemptId()));
        }
        return items;
    }

    /** Whole days to the next review: at least one, at most a year. */
    long days(State s) {
        long d = Math.round(fsrs.interval(s.stability(), DESIRED_RETENTION));
        return Math.max(1, Math.min(MAX_INTERVAL_DAYS, d));
    }

    /** How likely the learner still answers this at its last level, now. */
    public double retrievability(Item item, Instant now) {
        double days = Math.max(0, Duration.between(item.lastReview(), now).toSeconds() / 86_400.0);
        return fsrs.retrievability(days, item.state().stability());
    }

    private record Review(long attemptId, String questionId, Instant at, Level level) {
    }
}
