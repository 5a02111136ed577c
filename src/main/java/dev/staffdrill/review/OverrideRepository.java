package dev.staffdrill.review;

import dev.staffdrill.content.Level;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.staffdrill.db.Sql.ts;

/**
 * Instructor overrides (grade_override, newest per attempt and dimension wins everywhere) and the
 * "reviewed" marks that take a flagged grade out of the review queue.
 */
public final class OverrideRepository {
    private final Jdbi jdbi;

    public OverrideRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records the overrides and marks the current grade (if any) reviewed, in one transaction. */
    public void override(long attemptId, Map<String, Level> levels, Map<String, String> comments, long instructorId,
                         Long currentGradeId, Instant now) {
        jdbi.useTransaction(h -> {
            for (var e : levels.entrySet()) {
                h.createUpdate("INSERT INTO grade_override (attempt_id, dimension, level, comment, instructor_id, created_at) "
                                + "VALUES (:a, :d, :l, :c, :i, :now)")
                        .bind("a", attemptId).bind("d", e.getKey()).bind("l", e.getValue().name())
                        .bind("c", comments.get(e.getKey())).bind("i", instructorId).bind("now", ts(now)).execute();
            }
            if (currentGradeId != null) {
                markReviewed(h, attemptId, currentGradeId, instructorId, now);
            }
        });
    }

    public void markReviewed(long attemptId, long gradeId, long instructorId, Instant now) {
        jdbi.useHandle(h -> markReviewed(h, attemptId, gradeId, instructorId, now));
    }

    private static void markReviewed(org.jdbi.v3.core.Handle h, long attemptId, long gradeId, long instructorId, Instant now) {
        boolean done = h.createQuery("SELECT COUNT(*) FROM grade_review WHERE attempt_id = :a AND grade_id = :g")
                .bind("a", attemptId).bind("g", gradeId).mapTo(Integer.class).one() > 0;
        if (!done) {
            h.createUpdate("INSERT INTO grade_review (attempt_id, grade_id, instructor_id, reviewed_at) VALUES (:a, :g, :i, :now)")
                    .bind("a", attemptId).bind("g", gradeId).bind("i", instructorId).bind("now", ts(now)).execute();
        }
    }

    /** Every override of the attempt, oldest first: the history an instructor sees. */
    public List<GradeOverride> history(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT o.*, COALESCE(u.display_name, 'a former instructor') instructor_name "
                        + "FROM grade_override o LEFT JOIN app_user u ON u.id = o.instructor_id "
                        + "WHERE o.attempt_id = :a ORDER BY o.id")
                .bind("a", attemptId)
                .map(ConstructorMapper.of(GradeOverride.class)).list());
    }

    /** The override in force per dimension (see {@link StandingLevels}), in dimension order. */
    public Map<String, GradeOverride> current(long attemptId) {
        return StandingLevels.inForce(history(attemptId));
    }
}
