package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns stored grade rows and overrides into {@link Observation}s: per attempt only the latest grade
 * (highest id) counts, and per (attempt, dimension) the newest override takes precedence over it.
 */
public final class CurrentLevels {
    /** One dimension of one stored grade, with what the scorecard needs about its attempt. */
    public record GradeRow(long attemptId, long gradeId, String questionId, int chapter, Instant submittedAt,
                           String dimension, Level level) {
    }

    /** One instructor override, with what the scorecard needs about its attempt. */
    public record OverrideRow(long attemptId, long overrideId, String questionId, int chapter, Instant submittedAt,
                              String dimension, Level level, Instant createdAt) {
    }

    private CurrentLevels() {
    }

    /** Observations ordered oldest first (by submission time, then attempt id, then dimension). */
    public static List<Observation> resolve(List<GradeRow> grades, List<OverrideRow> overrides) {
        Map<Long, Long> latestGrade = new HashMap<>(grades.size());
        for (GradeRow g : grades) {
            latestGrade.merge(g.attemptId(), g.gradeId(), Math::max);
        }
        Map<Key, Observation> byKey = new HashMap<>(grades.size() * 2);
        for (GradeRow g : grades) {
            if (g.gradeId() == latestGrade.get(g.attemptId())) {
                byKey.put(new Key(g.attemptId(), g.dimension()), new Observation(g.attemptId(), g.questionId(), g.chapter(),
                        g.dimension(), g.level(), g.submittedAt(), false));
            }
        }
        List<OverrideRow> ordered = new ArrayList<>(overrides);
        ordered.sort(Comparator.comparing(OverrideRow::createdAt).thenComparingLong(OverrideRow::overrideId));
        for (OverrideRow o : ordered) { // newest last, so it wins
            byKey.put(new Key(o.attemptId(), o.dimension()), new Observation(o.attemptId(), o.questionId(), o.chapter(),
                    o.dimension(), o.level(), o.submittedAt(), true));
        }
        List<Observation> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(Observation::at).thenComparingLong(Observation::attemptId)
                .thenComparing(Observation::dimension));
        return out;
    }

    private record Key(long attemptId, String dimension) {
    }
}
