package dev.staffdrill.notice;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.staffdrill.db.Sql.instant;

/**
 * Which of a learner's answers an instructor has reviewed (overrode a level or marked the grade
 * reviewed) and which current grades carry flags. Every query filters on the learner's user id.
 */
public final class ReviewMarks {
    private final Jdbi jdbi;

    /** Flags that keep a grade off the scorecard until an instructor has looked (grading's GradeFlag names). */
    public static final List<String> HOLD = List.of("INJECTION_SUSPECTED", "NEEDS_REVIEW");

    public ReviewMarks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One answer's marks: when an instructor last reviewed it (null: never), whether its current
     * grade carries flags, and whether one of them holds the grade back until a person looks
     * (INJECTION_SUSPECTED, NEEDS_REVIEW: see review's ReviewedGrades).
     */
    public record Mark(Instant reviewedAt, boolean flagged, boolean held) {
        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    /** attempt id → marks, for the learner's attempts that have any. */
    public Map<Long, Mark> forLearner(long userId) {
        return jdbi.withHandle(h -> {
            Map<Long, Instant> reviewed = new HashMap<>();
            h.createQuery("SELECT o.attempt_id, MAX(o.created_at) AS last_at FROM grade_override o "
                            + "JOIN attempt a ON a.id = o.attempt_id WHERE a.user_id = :u GROUP BY o.attempt_id "
                            + "UNION ALL SELECT r.attempt_id, MAX(r.reviewed_at) AS last_at FROM grade_review r "
                            + "JOIN attempt a ON a.id = r.attempt_id WHERE a.user_id = :u GROUP BY r.attempt_id")
                    .bind("u", userId)
                    .map((rs, c) -> Map.entry(rs.getLong("attempt_id"), instant(rs, "last_at")))
                    .forEach(e -> reviewed.merge(e.getKey(), e.getValue(), (x, y) -> x.isAfter(y) ? x : y));
            Map<Long, Boolean> flagged = new HashMap<>(); // attempt → held
            h.createQuery("SELECT g.attempt_id, g.flags FROM grade g JOIN attempt a ON a.id = g.attempt_id "
                            + "WHERE a.user_id = :u AND g.is_current = TRUE AND g.flags <> ''")
                    .bind("u", userId)
                    .map((rs, c) -> Map.entry(rs.getLong("attempt_id"), HOLD.stream().anyMatch(List.of(rs.getString("flags").split(","))::contains)))
                    .forEach(e -> flagged.put(e.getKey(), e.getValue()));
            Map<Long, Mark> out = new HashMap<>();
            reviewed.forEach((id, at) -> out.put(id, new Mark(at, flagged.containsKey(id), flagged.getOrDefault(id, false))));
            flagged.forEach((id, held) -> out.putIfAbsent(id, new Mark(null, true, held)));
            return out;
        });
    }
}
