package dev.staffdrill.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.staffdrill.db.Sql;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.staffdrill.db.Sql.instant;

/**
 * Everything a learner wrote and was graded on, attempt by attempt: for the CSV/JSON exports and
 * the account's "export my data". Only this learner's rows, by user id in every query.
 */
public final class AttemptExport {
    public record Attempt(long attemptId, long drillId, String drill, String mode, boolean timed, int position,
                          String questionId, String questionVersion, int chapter, String question,
                          List<String> targetDimensions, Instant startedAt, Instant deadlineAt, Instant submittedAt,
                          String submitReason, String answer, Map<String, String> selfRatings,
                          Map<String, String> currentLevels, List<String> overriddenDimensions, List<Grade> grades,
                          List<GradeOverride> overrides) {
        /** The grade the current levels come from (the newest), if any. */
        public java.util.Optional<Grade> currentGrade() {
            return grades.stream().filter(Grade::current).reduce((a, b) -> b);
        }
    }

    public record Grade(long id, String grader, String rubricVersion, Instant gradedAt, boolean current, JsonNode result) {
    }

    public record GradeOverride(String dimension, String level, String comment, Instant createdAt) {
    }

    private final Jdbi jdbi;
    private final ProgressService progress;
    private final ObjectMapper json;

    public AttemptExport(Jdbi jdbi, ProgressService progress, ObjectMapper json) {
        this.jdbi = jdbi;
        this.progress = progress;
        this.json = json;
    }

    public List<Attempt> attempts(long userId) {
        Map<Long, Map<String, String>> self = new HashMap<>();
        progress.repo().selfRatings(userId).forEach(r -> self.computeIfAbsent(r.attemptId(), k -> new TreeMap<>())
                .put(r.dimension(), r.level().name()));
        Map<Long, Map<String, String>> levels = new HashMap<>();
        Map<Long, List<String>> overridden = new HashMap<>();
        for (Observation o : progress.load(userId).observations()) {
            levels.computeIfAbsent(o.attemptId(), k -> new TreeMap<>()).put(o.dimension(), o.level().name());
            if (o.overridden()) {
                overridden.computeIfAbsent(o.attemptId(), k -> new ArrayList<>()).add(o.dimension());
            }
        }
        Map<Long, List<Grade>> grades = grades(userId);
        Map<Long, List<GradeOverride>> overrides = overrides(userId);
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.drill_id, d.title AS drill, d.mode, d.timed, a.position, "
                        + "a.question_id, a.question_version, qv.chapter, qv.title, qv.dimensions, a.started_at, a.deadline_at, "
                        + "a.submitted_at, a.submit_reason, a.answer FROM attempt a JOIN drill d ON d.id = a.drill_id "
                        + "JOIN question_version qv ON qv.question_id = a.question_id AND qv.version = a.question_version "
                        + "WHERE a.user_id = :u AND d.user_id = :u ORDER BY a.id")
                .bind("u", userId)
                .map((rs, c) -> {
                    long id = rs.getLong("id");
                    return new Attempt(id, rs.getLong("drill_id"), rs.getString("drill"), rs.getString("mode"),
                            rs.getBoolean("timed"), rs.getInt("position") + 1, rs.getString("question_id"),
                            rs.getString("question_version"), rs.getInt("chapter"), rs.getString("title"),
                            Sql.list(rs.getString("dimensions")), instant(rs, "started_at"),
                            instant(rs, "deadline_at"), instant(rs, "submitted_at"), rs.getString("submit_reason"),
                            rs.getString("answer"), self.getOrDefault(id, Map.of()), levels.getOrDefault(id, Map.of()),
                            overridden.getOrDefault(id, List.of()), grades.getOrDefault(id, List.of()),
                            overrides.getOrDefault(id, List.of()));
                })
                .list());
    }

    private Map<Long, List<Grade>> grades(long userId) {
        Map<Long, List<Grade>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT g.id, g.attempt_id, g.grader, g.rubric_version, g.created_at, g.is_current, "
                        + "g.result_json FROM grade g JOIN attempt a ON a.id = g.attempt_id WHERE a.user_id = :u ORDER BY g.id")
                .bind("u", userId)
                .map((rs, c) -> Map.entry(rs.getLong("attempt_id"), new Grade(rs.getLong("id"), rs.getString("grader"),
                        rs.getString("rubric_version"), instant(rs, "created_at"), rs.getBoolean("is_current"),
                        tree(rs.getString("result_json")))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return out;
    }

    private Map<Long, List<GradeOverride>> overrides(long userId) {
        Map<Long, List<GradeOverride>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT o.attempt_id, o.dimension, o.level, o.comment, o.created_at "
                        + "FROM grade_override o JOIN attempt a ON a.id = o.attempt_id WHERE a.user_id = :u ORDER BY o.id")
                .bind("u", userId)
                .map((rs, c) -> Map.entry(rs.getLong("attempt_id"), new GradeOverride(rs.getString("dimension"),
                        rs.getString("level"), rs.getString("comment"), instant(rs, "created_at"))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return out;
    }

    private JsonNode tree(String s) {
        try {
            return json.readTree(s);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(s); // keep what is stored, even if it is not valid JSON
        }
    }
}
