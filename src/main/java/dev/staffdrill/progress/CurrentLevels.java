package dev.staffdrill.progress;

import dev.staffdrill.content.Level;
import dev.staffdrill.review.StandingLevels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns stored grade rows and overrides into {@link Observation}s: the level that stands per
 * (attempt, dimension), by review's {@link StandingLevels} rule.
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
        Map<Long, Long> newestGrade = new HashMap<>(grades.size());
        for (GradeRow g : grades) {
            newestGrade.merge(g.attemptId(), g.gradeId(), (a, b) -> StandingLevels.newer(a, b) ? a : b);
        }
        Map<Long, Attempt> attempts = new LinkedHashMap<>();
        Map<Long, Map<String, Level>> graded = new HashMap<>();
        for (GradeRow g : grades) {
            if (g.gradeId() == newestGrade.get(g.attemptId())) {
                attempts.putIfAbsent(g.attemptId(), new Attempt(g.questionId(), g.chapter(), g.submittedAt()));
                graded.computeIfAbsent(g.attemptId(), k -> new LinkedHashMap<>()).put(g.dimension(), g.level());
            }
        }
        Map<Long, List<StandingLevels.OverrideLevel>> overridden = new HashMap<>();
        for (OverrideRow o : overrides) {
            attempts.putIfAbsent(o.attemptId(), new Attempt(o.questionId(), o.chapter(), o.submittedAt()));
            overridden.computeIfAbsent(o.attemptId(), k -> new ArrayList<>())
                    .add(new StandingLevels.OverrideLevel(o.overrideId(), o.createdAt(), o.dimension(), o.level()));
        }
        List<Observation> out = new ArrayList<>(grades.size());
        attempts.forEach((id, a) -> StandingLevels.of(graded.getOrDefault(id, Map.of()),
                        overridden.getOrDefault(id, List.of()))
                .forEach((d, standing) -> out.add(new Observation(id, a.questionId(), a.chapter(), d, standing.level(),
                        a.submittedAt(), standing.overridden()))));
        out.sort(Comparator.comparing(Observation::at).thenComparingLong(Observation::attemptId)
                .thenComparing(Observation::dimension));
        return out;
    }

    private record Attempt(String questionId, int chapter, Instant submittedAt) {
    }
}
