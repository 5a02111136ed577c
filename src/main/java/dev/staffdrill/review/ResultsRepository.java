package dev.staffdrill.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.content.Level;
import dev.staffdrill.web.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.staffdrill.db.Sql.instant;

/**
 * The submitted work of a cohort's current members on its assignments, with current grades and
 * overrides applied. Per request it reads only what can change: which attempts are in scope and
 * which grade of each is current (two longs per attempt), the overrides and the review marks.
 * What a submitted attempt is and what a grade says never change, so those come from
 * {@link FactCache}s, loaded by id the first time. See CohortViewBenchmark for the numbers.
 */
public final class ResultsRepository {
    private static final int CACHED = 250_000;
    private final Jdbi jdbi;
    private final ObjectMapper json = Json.mapper();
    private final FactCache<AttemptFacts> attempts = new FactCache<>(CACHED);
    private final FactCache<GradeFacts> grades = new FactCache<>(CACHED);

    public ResultsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // Rows as read. Public only because Jdbi's ConstructorMapper can call public constructors alone.
    public record AttemptFacts(long id, long userId, long assignmentId, String questionId, String questionTitle, int position,
                        Instant submittedAt) {
    }

    public record Current(long attemptId, Long gradeId) {
    }

    private static final RowMapper<Current> CURRENT = ConstructorMapper.of(Current.class);
    private static final RowMapper<AttemptFacts> FACTS = ConstructorMapper.of(AttemptFacts.class);

    /** The submitted answer's text (its first answer, before any follow-up reply); "" when gone. */
    public String answer(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT answer FROM attempt WHERE id = :id").bind("id", attemptId)
                .mapTo(String.class).findOne().orElse(""));
    }

    /** Everything in the cohort, or one assignment's work when {@code assignmentId} is not null. */
    public List<AttemptResult> forCohort(long cohortId, Long assignmentId) {
        return forCohort(cohortId, assignmentId, null);
    }

    /** As above, narrowed to one learner when {@code userId} is not null. */
    public List<AttemptResult> forCohort(long cohortId, Long assignmentId, Long userId) {
        return jdbi.withHandle(h -> {
            List<Long> scope = h.createQuery("SELECT id FROM assignment WHERE cohort_id = :c").bind("c", cohortId)
                    .mapTo(Long.class).list().stream().filter(a -> assignmentId == null || a.equals(assignmentId)).toList();
            if (scope.isEmpty()) {
                return List.<AttemptResult>of();
            }
            Set<Long> members = new HashSet<>(h.createQuery("SELECT user_id FROM cohort_member WHERE cohort_id = :c")
                    .bind("c", cohortId).mapTo(Long.class).list());
            long user = userId == null ? -1 : userId; // -1: everyone, so the SQL stays one cacheable string
            String from = " FROM drill d JOIN attempt t ON t.drill_id = d.id ";
            String where = " WHERE d.assignment_id IN (<as>) AND t.submitted_at IS NOT NULL AND (:u = -1 OR d.user_id = :u)";
            List<Current> current = h.createQuery("SELECT t.id attempt_id, g.id grade_id" + from
                            + "LEFT JOIN grade g ON g.attempt_id = t.id AND g.is_current" + where)
                    .bindList("as", scope).bind("u", user).map(CURRENT).list();
            Map<Long, List<StandingLevels.OverrideLevel>> overrides = new HashMap<>();
            h.createQuery("SELECT x.attempt_id, x.id, x.created_at, x.dimension, x.level" + from
                            + "JOIN grade_override x ON x.attempt_id = t.id" + where).bindList("as", scope).bind("u", user)
                    .map((rs, c) -> overrides.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StandingLevels.OverrideLevel(rs.getLong(2), instant(rs, "created_at"), rs.getString(4),
                                    Level.valueOf(rs.getString(5))))).list();
            Set<Long> reviewedGrades = new HashSet<>(h.createQuery("SELECT x.grade_id" + from
                            + "JOIN grade_review x ON x.attempt_id = t.id" + where)
                    .bindList("as", scope).bind("u", user).mapTo(Long.class).list());
            Map<Long, AttemptFacts> facts = attempts.get(current.stream().map(Current::attemptId).toList(),
                    ids -> attemptFacts(h, ids));
            Map<Long, GradeFacts> graded = grades.get(current.stream().map(Current::gradeId).filter(g -> g != null).toList(),
                    ids -> gradeFacts(h, ids));
            List<AttemptResult> out = new ArrayList<>(current.size());
            for (Current c : current) {
                AttemptFacts a = facts.get(c.attemptId());
                if (a == null || !members.contains(a.userId())) { // removed members' work leaves the cohort's views
                    continue;
                }
                GradeFacts g = c.gradeId() == null ? null : graded.get(c.gradeId());
                Map<String, Level> auto = g == null ? Map.of() : g.levels();
                List<StandingLevels.OverrideLevel> o = overrides.getOrDefault(c.attemptId(), List.of());
                Map<String, Level> levels = StandingLevels.levels(auto, o);
                out.add(new AttemptResult(c.attemptId(), a.userId(), a.assignmentId(), a.questionId(), a.questionTitle(), a.position(),
                        a.submittedAt(), g == null ? "" : g.grader(), g == null ? List.of() : g.flags(),
                        g != null && reviewedGrades.contains(c.gradeId()), auto, levels,
                        o.stream().map(StandingLevels.OverrideLevel::dimension).collect(Collectors.toSet()),
                        g == null ? Map.of() : g.missing()));
            }
            out.sort(Comparator.comparing(AttemptResult::submittedAt).thenComparingLong(AttemptResult::attemptId));
            return out;
        });
    }

    private static Map<Long, AttemptFacts> attemptFacts(Handle h, List<Long> ids) {
        return h.createQuery("SELECT t.id, t.user_id, d.assignment_id, t.question_id, qv.title question_title, t.position, "
                        + "t.submitted_at FROM attempt t JOIN drill d ON d.id = t.drill_id JOIN question_version qv "
                        + "ON qv.question_id = t.question_id AND qv.version = t.question_version WHERE t.id IN (<ids>)")
                .bindList("ids", ids).map(FACTS)
                .collect(Collectors.toMap(AttemptFacts::id, f -> f));
    }

    private Map<Long, GradeFacts> gradeFacts(Handle h, List<Long> ids) {
        Map<Long, Map<String, Level>> levels = new HashMap<>();
        h.createQuery("SELECT grade_id, dimension, level FROM grade_dimension WHERE grade_id IN (<ids>)").bindList("ids", ids)
                .map((rs, c) -> levels.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), Level.valueOf(rs.getString(3)))).list();
        Map<Long, GradeFacts> out = new HashMap<>();
        h.createQuery("SELECT id, grader, flags, result_json FROM grade WHERE id IN (<ids>)").bindList("ids", ids)
                .map((rs, c) -> out.put(rs.getLong(1), new GradeFacts(rs.getString(2), GradeFacts.flags(rs.getString(3)),
                        Map.copyOf(levels.getOrDefault(rs.getLong(1), Map.of())),
                        GradeFacts.missingSignals(json, rs.getString(4))))).list();
        return out;
    }
}
