package dev.staffdrill.progress;

import dev.staffdrill.content.Level;
import dev.staffdrill.db.Sql;
import dev.staffdrill.progress.Calibration.SelfRating;
import dev.staffdrill.progress.CurrentLevels.GradeRow;
import dev.staffdrill.progress.CurrentLevels.OverrideRow;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reads progress needs: current grade levels, overrides, self-ratings, recent grade JSON and
 * activity. Every query takes the learner's user id and filters on it, so one learner's page can
 * never show another learner's work.
 */
public final class ProgressRepository {
    private final Jdbi jdbi;

    public ProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Current grade levels and overrides of the learner's submitted attempts. */
    public record Levels(List<GradeRow> grades, List<OverrideRow> overrides) {
    }

    // Rows as read, mapped by column name and joined in memory below. Public only because Jdbi's
    // ConstructorMapper can call public constructors alone.
    public record AttemptInfo(long id, String questionId, String questionVersion, Instant submittedAt) {
    }

    public record VersionChapter(String questionId, String version, int chapter) {
    }

    public record DimensionLevel(long attemptId, long gradeId, String dimension, Level level) {
    }

    public record OverrideLevel(long id, long attemptId, String dimension, Level level, Instant createdAt) {
    }

    private static final RowMapper<AttemptInfo> ATTEMPT = ConstructorMapper.of(AttemptInfo.class);
    private static final RowMapper<VersionChapter> CHAPTER = ConstructorMapper.of(VersionChapter.class);
    private static final RowMapper<DimensionLevel> LEVEL = ConstructorMapper.of(DimensionLevel.class);
    private static final RowMapper<OverrideLevel> OVERRIDE = ConstructorMapper.of(OverrideLevel.class);
    private static final RowMapper<SelfRating> SELF_RATING = ConstructorMapper.of(SelfRating.class);

    /**
     * Three narrow queries joined in memory: a SQL join to attempt and question_version would
     * read their wide rows (answers, prompts) once per level, which was most of the page's time.
     */
    public Levels levels(long userId) {
        return jdbi.withHandle(h -> {
            Map<Long, AttemptInfo> attempts = h.createQuery("SELECT id, question_id, question_version, submitted_at "
                            + "FROM attempt WHERE user_id = :u AND submitted_at IS NOT NULL").bind("u", userId)
                    .map(ATTEMPT).collect(Collectors.toMap(AttemptInfo::id, a -> a));
            Map<String, Integer> chapters = h.createQuery("SELECT question_id, version, chapter FROM question_version")
                    .map(CHAPTER).collect(Collectors.toMap(v -> v.questionId() + "@" + v.version(), VersionChapter::chapter));
            List<GradeRow> grades = new ArrayList<>();
            // A grade flagged INJECTION_SUSPECTED or NEEDS_REVIEW does not move the scorecard until an
            // instructor marks it reviewed (an override counts through the overrides below either way).
            h.createQuery("SELECT d.attempt_id, d.grade_id, d.dimension, d.level FROM grade_dimension d "
                            + "WHERE d.user_id = :u AND d.is_current = TRUE AND NOT EXISTS (SELECT 1 FROM grade g "
                            + "WHERE g.id = d.grade_id AND (g.flags LIKE '%INJECTION_SUSPECTED%' OR g.flags LIKE '%NEEDS_REVIEW%') "
                            + "AND NOT EXISTS (SELECT 1 FROM grade_review r WHERE r.attempt_id = d.attempt_id "
                            + "AND r.grade_id = d.grade_id))").bind("u", userId)
                    .map(LEVEL).forEach(r -> {
                        AttemptInfo a = attempts.get(r.attemptId());
                        if (a != null) { // graded but not submitted cannot happen; skip rather than guess
                            grades.add(new GradeRow(r.attemptId(), r.gradeId(), a.questionId(), chapter(chapters, a),
                                    a.submittedAt(), r.dimension(), r.level()));
                        }
                    });
            List<OverrideRow> overrides = new ArrayList<>();
            h.createQuery("SELECT x.id, x.attempt_id, x.dimension, x.level, x.created_at FROM grade_override x "
                            + "JOIN attempt a ON a.id = x.attempt_id WHERE a.user_id = :u").bind("u", userId)
                    .map(OVERRIDE).forEach(r -> {
                        AttemptInfo a = attempts.get(r.attemptId());
                        if (a != null) {
                            overrides.add(new OverrideRow(r.attemptId(), r.id(), a.questionId(), chapter(chapters, a),
                                    a.submittedAt(), r.dimension(), r.level(), r.createdAt()));
                        }
                    });
            return new Levels(grades, overrides);
        });
    }

    private static int chapter(Map<String, Integer> chapters, AttemptInfo a) {
        return chapters.getOrDefault(a.questionId() + "@" + a.questionVersion(), 0);
    }

    public List<SelfRating> selfRatings(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT x.attempt_id, x.dimension, x.level FROM self_rating x "
                        + "JOIN attempt a ON a.id = x.attempt_id WHERE a.user_id = :u")
                .bind("u", userId).map(SELF_RATING).list());
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
                .bind("u", userId).bind("since", Sql.ts(since)).mapTo(Instant.class).list());
    }

    /**
     * question id → when the learner last skipped it (submitted it blank: never graded). Only short
     * answers are read back to test for blankness; a blank one of 4,000+ whitespace characters is not worth a wide read.
     */
    public Map<String, Instant> lastSkipped(long userId) {
        Map<String, Instant> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT question_id, submitted_at, answer FROM attempt WHERE user_id = :u "
                        + "AND submitted_at IS NOT NULL AND LENGTH(answer) < 4000").bind("u", userId)
                .map((rs, c) -> rs.getString("answer").isBlank()
                        ? Map.entry(rs.getString("question_id"), Sql.instant(rs, "submitted_at")) : null)
                .forEach(e -> {
                    if (e != null) {
                        out.merge(e.getKey(), e.getValue(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }));
        return out;
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

    /**
     * attempt id → question title as the learner saw it, for the learner's submitted attempts. Two
     * narrow reads rather than a join (wide rows) or an IN list (thousands of ids to parse).
     */
    public Map<Long, String> titles(long userId) {
        return jdbi.withHandle(h -> {
            Map<String, String> byVersion = new HashMap<>();
            h.createQuery("SELECT question_id, version, title FROM question_version")
                    .map((rs, c) -> Map.entry(rs.getString("question_id") + "@" + rs.getString("version"), rs.getString("title")))
                    .forEach(e -> byVersion.put(e.getKey(), e.getValue()));
            Map<Long, String> out = new HashMap<>();
            h.createQuery("SELECT id, question_id, question_version FROM attempt WHERE user_id = :u AND submitted_at IS NOT NULL")
                    .bind("u", userId)
                    .map((rs, c) -> Map.entry(rs.getLong("id"), rs.getString("question_id") + "@" + rs.getString("question_version")))
                    .forEach(e -> out.put(e.getKey(), byVersion.getOrDefault(e.getValue(), e.getValue())));
            return out;
        });
    }
}
