package dev.staffdrill.progress;

import dev.staffdrill.content.Level;
import dev.staffdrill.progress.Calibration.SelfRating;
import dev.staffdrill.progress.CurrentLevels.GradeRow;
import dev.staffdrill.progress.CurrentLevels.OverrideRow;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads progress needs: current grade levels, overrides, self-ratings, recent grade JSON and
 * activity. Every query takes the learner's user id and filters on it, so one learner's page can
 * never show another learner's work.
 */
public final class ProgressRepository {
    private static final String ATTEMPT_QUESTION = " JOIN attempt a ON a.id = x.attempt_id"
            + " JOIN question_version qv ON qv.question_id = a.question_id AND qv.version = a.question_version ";
    private final Jdbi jdbi;

    public ProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /** The levels of every current grade of the learner's submitted attempts. */
    public List<GradeRow> currentGrades(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT x.attempt_id, x.grade_id, x.dimension, x.level, a.question_id, "
                        + "a.submitted_at, qv.chapter FROM grade_dimension x" + ATTEMPT_QUESTION
                        + "WHERE x.user_id = :u AND x.is_current = TRUE AND a.user_id = :u AND a.submitted_at IS NOT NULL")
                .bind("u", userId)
                .map((rs, c) -> new GradeRow(rs.getLong("attempt_id"), rs.getLong("grade_id"), rs.getString("question_id"),
                        rs.getInt("chapter"), instant(rs, "submitted_at"), rs.getString("dimension"),
                        Level.valueOf(rs.getString("level"))))
                .list());
    }

    public List<OverrideRow> overrides(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT x.id, x.attempt_id, x.dimension, x.level, x.created_at, "
                        + "a.question_id, a.submitted_at, qv.chapter FROM grade_override x" + ATTEMPT_QUESTION
                        + "WHERE a.user_id = :u AND a.submitted_at IS NOT NULL")
                .bind("u", userId)
                .map((rs, c) -> new OverrideRow(rs.getLong("attempt_id"), rs.getLong("id"), rs.getString("question_id"),
                        rs.getInt("chapter"), instant(rs, "submitted_at"), rs.getString("dimension"),
                        Level.valueOf(rs.getString("level")), instant(rs, "created_at")))
                .list());
    }

    public List<SelfRating> selfRatings(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT x.attempt_id, x.dimension, x.level FROM self_rating x "
                        + "JOIN attempt a ON a.id = x.attempt_id WHERE a.user_id = :u")
                .bind("u", userId)
                .map((rs, c) -> new SelfRating(rs.getLong("attempt_id"), rs.getString("dimension"),
                        Level.valueOf(rs.getString("level"))))
                .list());
    }

    /** attempt id → result JSON of its current grade, for the given attempts of this learner. */
    public Map<Long, String> currentGradeJson(long userId, Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT g.attempt_id, g.result_json FROM grade g "
                        + "JOIN attempt a ON a.id = g.attempt_id "
                        + "WHERE a.user_id = :u AND g.is_current = TRUE AND g.attempt_id IN (<ids>)")
                .bind("u", userId).bindList("ids", List.copyOf(attemptIds))
                .setMapKeyColumn("attempt_id").setMapValueColumn("result_json")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<Long, String>>() {
                }));
    }

    /** When each answer was submitted, since {@code since}. */
    public List<Instant> submissions(long userId, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT submitted_at FROM attempt WHERE user_id = :u "
                        + "AND submitted_at IS NOT NULL AND submitted_at >= :since")
                .bind("u", userId).bind("since", ts(since)).map((rs, c) -> instant(rs, "submitted_at")).list());
    }

    /** Question ids of the learner's newest drill, the one a gap drill must not repeat. */
    public List<String> lastDrillQuestions(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.question_id FROM attempt a WHERE a.user_id = :u AND a.drill_id = "
                        + "(SELECT MAX(d.id) FROM drill d WHERE d.user_id = :u)")
                .bind("u", userId).mapTo(String.class).list());
    }

    /** The question of the attempt the learner opened last. */
    public Optional<String> lastQuestion(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT question_id FROM attempt WHERE user_id = :u "
                        + "AND started_at IS NOT NULL ORDER BY started_at DESC, id DESC")
                .bind("u", userId).setMaxRows(1).mapTo(String.class).findFirst());
    }

    /** attempt id → question title as the learner saw it, for the given attempts of this learner. */
    public Map<Long, String> titles(long userId, Collection<Long> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, qv.title FROM attempt a JOIN question_version qv "
                        + "ON qv.question_id = a.question_id AND qv.version = a.question_version "
                        + "WHERE a.user_id = :u AND a.id IN (<ids>)")
                .bind("u", userId).bindList("ids", List.copyOf(attemptIds))
                .setMapKeyColumn("id").setMapValueColumn("title")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<Long, String>>() {
                }));
    }
}
