package dev.staffdrill.progress;

import dev.staffdrill.App;
import dev.staffdrill.db.Sql;
import dev.staffdrill.testing.TestClient;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds a learner's history with known grades: real drills over HTTP (start, answer, self-rate),
 * then a grade stored the way grading stores one (it becomes the attempt's current grade), after
 * any automatic grading of the same attempt has finished so that ours is the newest.
 */
final class GradedHistory {
    private final App app;

    GradedHistory(App app) {
        this.app = app;
    }

    /** Answers one question as a one-question drill and rates every dimension {@code self}; returns the attempt id. */
    static long answer(TestClient c, String questionId, String answer, String self) {
        var started = c.post("/drills", "mode", "EXERCISE", "questionId", questionId);
        assertThat(started.status()).as("start %s", questionId).isEqualTo(303);
        String attempt = c.get(started.location()).location();
        assertThat(attempt).matches("/attempts/\\d+");
        c.get(attempt);
        assertThat(c.post(attempt + "/submit", "answer", answer).status()).isEqualTo(303);
        String rate = c.get(attempt + "/rate").body();
        List<String> form = new ArrayList<>();
        for (String d : List.of("A", "B", "C", "D", "E")) {
            if (rate.contains("name=\"level_" + d + "\"")) {
                form.add("level_" + d);
                form.add(self);
            }
        }
        assertThat(c.post(attempt + "/rate", form.toArray(String[]::new)).status()).isEqualTo(303);
        return Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
    }

    /** Stores a grade with these levels (dimension → level) and signals found (dimension → ids). */
    void grade(long attemptId, Map<String, String> levels, Map<String, List<String>> signalsFound) {
        awaitAutomaticGrading(attemptId);
        StringBuilder json = new StringBuilder("{\"grader\":\"OFFLINE\",\"dimensions\":[");
        levels.forEach((d, l) -> json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                .append("{\"dimension\":\"").append(d).append("\",\"level\":\"").append(l)
                .append("\",\"evidence\":[],\"signalsFound\":[")
                .append(String.join(",", signalsFound.getOrDefault(d, List.of()).stream().map(s -> "\"" + s + "\"").toList()))
                .append("],\"signalsMissing\":[]}"));
        json.append("]}");
        app.database().jdbi().useTransaction(h -> {
            var a = h.createQuery("SELECT user_id, question_id, question_version FROM attempt WHERE id = :a")
                    .bind("a", attemptId).mapToMap().one();
            h.createUpdate("UPDATE grade SET is_current = FALSE WHERE attempt_id = :a").bind("a", attemptId).execute();
            h.createUpdate("UPDATE grade_dimension SET is_current = FALSE WHERE attempt_id = :a").bind("a", attemptId).execute();
            long gradeId = h.createUpdate("INSERT INTO grade (attempt_id, grader, rubric_version, question_id, question_version, "
                            + "result_json, flags, is_current, created_at) VALUES (:a, 'OFFLINE', 'test', :q, :v, :j, '', TRUE, :t)")
                    .bind("a", attemptId).bind("q", (String) a.get("question_id")).bind("v", (String) a.get("question_version"))
                    .bind("j", json.toString()).bind("t", Sql.ts(Instant.now()))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            levels.forEach((d, l) -> h.createUpdate("INSERT INTO grade_dimension (grade_id, attempt_id, user_id, question_id, "
                            + "dimension, level, is_current, graded_at) VALUES (:g, :a, :u, :q, :d, :l, TRUE, :t)")
                    .bind("g", gradeId).bind("a", attemptId).bind("u", ((Number) a.get("user_id")).longValue())
                    .bind("q", (String) a.get("question_id")).bind("d", d).bind("l", l)
                    .bind("t", Sql.ts(Instant.now())).execute());
        });
    }

    void override(long attemptId, String dimension, String level) {
        app.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO grade_override (attempt_id, dimension, level, comment, "
                        + "created_at) VALUES (:a, :d, :l, 'checked by hand', :t)")
                .bind("a", attemptId).bind("d", dimension).bind("l", level).bind("t", Sql.ts(Instant.now()))
                .execute());
    }

    private void awaitAutomaticGrading(long attemptId) {
        long until = System.currentTimeMillis() + 15_000;
        while (app.database().jdbi().withHandle((Handle h) -> h.createQuery("SELECT COUNT(*) FROM grading_request "
                + "WHERE attempt_id = :a AND status IN ('QUEUED', 'RUNNING')").bind("a", attemptId).mapTo(Integer.class).one()) > 0) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("automatic grading of attempt " + attemptId + " did not finish");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
