package dev.staffdrill.cohort;

import dev.staffdrill.content.Level;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dev.staffdrill.cohort.Sql.instant;

/**
 * The submitted work of a cohort's current members on its assignments, with current grades and
 * overrides applied. Four flat queries over the same scope (attempts, current levels, current
 * grades, overrides) are joined in memory: 200 learners × 20 assignments is ~12K attempts, read
 * in one round of queries rather than one query per attempt.
 */
public final class ResultsRepository {
    private static final String FROM = " FROM attempt t JOIN drill d ON d.id = t.drill_id "
            + "JOIN assignment s ON s.id = d.assignment_id "
            + "JOIN cohort_member m ON m.cohort_id = s.cohort_id AND m.user_id = t.user_id ";
    private static final String WHERE = " WHERE s.cohort_id = :c AND t.submitted_at IS NOT NULL ";
    private final Jdbi jdbi;
    private final MissingSignals missing = new MissingSignals();

    public ResultsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Row(long attemptId, long userId, long assignmentId, String questionId, int position, Instant submittedAt) {
    }

    private record Cell(long attemptId, String dimension, Level level) {
    }

    private record CurrentGrade(long id, long attemptId, String grader, List<String> flags, boolean reviewed) {
    }

    /** Everything in the cohort, or one assignment's work when {@code assignmentId} is not null. */
    public List<AttemptResult> forCohort(long cohortId, Long assignmentId) {
        return forCohort(cohortId, assignmentId, null);
    }

    /** As above, narrowed to one learner when {@code userId} is not null. */
    public List<AttemptResult> forCohort(long cohortId, Long assignmentId, Long userId) {
        String where = WHERE + (assignmentId == null ? "" : "AND s.id = :a ") + (userId == null ? "" : "AND t.user_id = :u ");
        return jdbi.withHandle(h -> {
            Function<String, Query> query = sql -> bind(h.createQuery(sql), cohortId, assignmentId, userId);
            List<Row> rows = query.apply("SELECT t.id, t.user_id, d.assignment_id, t.question_id, t.position, t.submitted_at"
                            + FROM + where + "ORDER BY t.submitted_at, t.id")
                    .map((rs, c) -> new Row(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("assignment_id"),
                            rs.getString("question_id"), rs.getInt("position"), instant(rs, "submitted_at"))).list();
            List<Cell> auto = query.apply("SELECT x.attempt_id, x.dimension, x.level" + FROM
                            + "JOIN grade_dimension x ON x.attempt_id = t.id AND x.is_current" + where)
                    .map((rs, c) -> new Cell(rs.getLong(1), rs.getString(2), Level.valueOf(rs.getString(3)))).list();
            List<CurrentGrade> grades = query.apply("SELECT x.id, x.attempt_id, x.grader, x.flags, (SELECT COUNT(*) "
                            + "FROM grade_review r WHERE r.attempt_id = x.attempt_id AND r.grade_id = x.id) reviewed"
                            + FROM + "JOIN grade x ON x.attempt_id = t.id AND x.is_current" + where)
                    .map((rs, c) -> new CurrentGrade(rs.getLong("id"), rs.getLong("attempt_id"), rs.getString("grader"),
                            flags(rs.getString("flags")), rs.getInt("reviewed") > 0)).list();
            // Ordered by id: the newest override per (attempt, dimension) is put last and wins.
            List<Cell> overrides = query.apply("SELECT x.attempt_id, x.dimension, x.level" + FROM
                            + "JOIN grade_override x ON x.attempt_id = t.id" + where + "ORDER BY x.id")
                    .map((rs, c) -> new Cell(rs.getLong(1), rs.getString(2), Level.valueOf(rs.getString(3)))).list();
            return assemble(rows, byAttempt(auto), grades, byAttempt(overrides), signals(h, grades));
        });
    }

    private static List<AttemptResult> assemble(List<Row> rows, Map<Long, Map<String, Level>> auto,
                                                List<CurrentGrade> grades, Map<Long, Map<String, Level>> overrides,
                                                Map<Long, Map<String, List<String>>> signals) {
        Map<Long, CurrentGrade> gradeOf = new HashMap<>();
        grades.forEach(g -> gradeOf.put(g.attemptId(), g));
        List<AttemptResult> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            CurrentGrade g = gradeOf.get(r.attemptId());
            Map<String, Level> a = auto.getOrDefault(r.attemptId(), Map.of());
            Map<String, Level> o = overrides.getOrDefault(r.attemptId(), Map.of());
            Map<String, Level> levels = new LinkedHashMap<>(a);
            levels.putAll(o);
            out.add(new AttemptResult(r.attemptId(), r.userId(), r.assignmentId(), r.questionId(), r.position(),
                    r.submittedAt(), g == null ? "" : g.grader(), g == null ? List.of() : g.flags(),
                    g != null && g.reviewed(), a, levels, Set.copyOf(o.keySet()),
                    g == null ? Map.of() : signals.getOrDefault(g.id(), Map.of())));
        }
        return out;
    }

    private static Map<Long, Map<String, Level>> byAttempt(List<Cell> cells) {
        Map<Long, Map<String, Level>> out = new HashMap<>();
        for (Cell c : cells) {
            out.computeIfAbsent(c.attemptId(), k -> new LinkedHashMap<>()).put(c.dimension(), c.level());
        }
        return out;
    }

    private static Query bind(Query q, long cohortId, Long assignmentId, Long userId) {
        q.bind("c", cohortId);
        if (assignmentId != null) {
            q.bind("a", assignmentId);
        }
        if (userId != null) {
            q.bind("u", userId);
        }
        return q;
    }

    static List<String> flags(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Missing signals by grade id: cached ones from memory, the rest read in chunks and parsed once. */
    private Map<Long, Map<String, List<String>>> signals(Handle h, Collection<CurrentGrade> grades) {
        Map<Long, Map<String, List<String>>> out = new HashMap<>();
        List<Long> todo = new ArrayList<>();
        for (CurrentGrade g : grades) {
            Map<String, List<String>> m = missing.cached(g.id());
            if (m != null) {
                out.put(g.id(), m);
            } else {
                todo.add(g.id());
            }
        }
        for (int i = 0; i < todo.size(); i += 500) {
            record Json(long id, String json) {
            }
            h.createQuery("SELECT id, result_json FROM grade WHERE id IN (<ids>)")
                    .bindList("ids", todo.subList(i, Math.min(todo.size(), i + 500)))
                    .map((rs, c) -> new Json(rs.getLong(1), rs.getString(2))).list()
                    .forEach(j -> out.put(j.id(), missing.parse(j.id(), j.json())));
        }
        return out;
    }
}
