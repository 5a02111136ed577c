package dev.staffdrill.review;

import dev.staffdrill.content.Level;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One attempt as the instructor reviews it: whose it is, and its current automatic grade. */
public final class ReviewRepository {
    private final Jdbi jdbi;

    public ReviewRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Owner(long userId, Instant submittedAt, Long assignmentId) {
    }

    /** The current grade: its id (for the reviewed mark), grader kind, flags and automatic levels. */
    public record Current(long gradeId, String grader, List<String> flags, Map<String, Level> levels) {
    }

    public Optional<Owner> owner(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.user_id, t.submitted_at, d.assignment_id FROM attempt t "
                        + "JOIN drill d ON d.id = t.drill_id WHERE t.id = :a")
                .bind("a", attemptId).map(ConstructorMapper.of(Owner.class)).findOne());
    }

    public Optional<Current> current(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, grader, flags FROM grade WHERE attempt_id = :a AND is_current")
                .bind("a", attemptId)
                .map((rs, c) -> new Current(rs.getLong("id"), rs.getString("grader"),
                        GradeFacts.flags(rs.getString("flags")), new TreeMap<>()))
                .findOne()
                .map(g -> {
                    h.createQuery("SELECT dimension, level FROM grade_dimension WHERE grade_id = :g")
                            .bind("g", g.gradeId()).map((rs, c) -> Map.entry(rs.getString(1), Level.valueOf(rs.getString(2))))
                            .forEach(e -> g.levels().put(e.getKey(), e.getValue()));
                    return g;
                }));
    }

    public boolean reviewed(long attemptId, long gradeId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM grade_review WHERE attempt_id = :a AND grade_id = :g")
                .bind("a", attemptId).bind("g", gradeId).mapTo(Integer.class).one() > 0);
    }
}
