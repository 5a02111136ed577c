package dev.staffdrill.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.List;
import java.util.Optional;

/**
 * Grades and their per-dimension levels. A new grade becomes the attempt's current one; older
 * grades stay as history. The attempt row is locked while saving so two grades finishing at once
 * cannot both end up current.
 */
final class GradeStore {
    private final Jdbi jdbi;
    private final ObjectMapper json;

    GradeStore(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    void save(Handle h, long requestId, GradingInput in, Grade g) {
        h.createQuery("SELECT id FROM attempt WHERE id = :a FOR UPDATE").bind("a", in.attemptId())
                .mapTo(Long.class).findOne();
        h.createUpdate("UPDATE grade SET is_current = FALSE WHERE attempt_id = :a AND is_current")
                .bind("a", in.attemptId()).execute();
        h.createUpdate("UPDATE grade_dimension SET is_current = FALSE WHERE attempt_id = :a AND is_current")
                .bind("a", in.attemptId()).execute();
        long gradeId = h.createUpdate("""
                        INSERT INTO grade (attempt_id, request_id, grader, model, rubric_version, question_id,
                                           question_version, result_json, flags, is_current, created_at)
                        VALUES (:a, :r, :grader, :model, :rubricVersion, :questionId, :questionVersion, :json, :flags,
                                TRUE, :at)""")
                .bind("a", in.attemptId()).bind("r", requestId).bindMethods(g)
                .bind("json", write(g)).bind("flags", String.join(",", g.flags())).bind("at", g.gradedAt())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO grade_dimension (grade_id, attempt_id, user_id, question_id, dimension, level, is_current,
                                             graded_at)
                VALUES (:g, :a, :u, :q, :d, :l, TRUE, :at)""");
        for (DimensionGrade d : g.dimensions()) {
            batch.bind("g", gradeId).bind("a", in.attemptId()).bind("u", in.userId()).bind("q", g.questionId())
                    .bind("d", d.dimension()).bind("l", d.level().name()).bind("at", g.gradedAt()).add();
        }
        if (!g.dimensions().isEmpty()) {
            batch.execute();
        }
    }

    Optional<Grade> latest(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT result_json FROM grade WHERE attempt_id = :a ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .bind("a", attemptId).mapTo(String.class).findOne()).map(this::read);
    }

    List<Grade> history(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT result_json FROM grade WHERE attempt_id = :a ORDER BY id")
                .bind("a", attemptId).mapTo(String.class).list()).stream().map(this::read).toList();
    }

    private String write(Grade g) {
        try {
            return json.writeValueAsString(g);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a grade could not be written as JSON", e);
        }
    }

    private Grade read(String s) {
        try {
            return json.readValue(s, Grade.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored grade could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
