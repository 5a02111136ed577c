package dev.staffdrill.grading;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** grading_request rows: one per request to grade an attempt, with where it stands. */
final class GradingRequests {
    record Request(long id, long attemptId, GradingStatus status, int tries, String error) {
    }

    private final Jdbi jdbi;

    GradingRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The submission's own request; empty when it already exists (enqueue is idempotent). */
    Optional<Long> insertSubmit(long attemptId, Instant now) {
        try {
            return Optional.of(insert(attemptId, "submit:" + attemptId, "SUBMIT", now));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    long insertRegrade(long attemptId, Instant now) {
        return insert(attemptId, null, "REGRADE", now);
    }

    private long insert(long attemptId, String submitKey, String reason, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO grading_request (attempt_id, submit_key, reason, status, requested_at)
                        VALUES (:a, :k, :r, 'QUEUED', :now)""")
                .bind("a", attemptId).bind("k", submitKey).bind("r", reason).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    Optional<Request> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM grading_request WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).findOne());
    }

    Optional<Request> latest(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM grading_request WHERE attempt_id = :a ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .bind("a", attemptId).map((rs, ctx) -> row(rs)).findOne());
    }

    /** Requests not finished: their jobs are (re)scheduled at start, in case one was lost. */
    List<Long> unfinished() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM grading_request WHERE status IN ('QUEUED', 'RUNNING')")
                .mapTo(Long.class).list());
    }

    /**
     * Submitted attempts that have no submission request: the process died between committing the
     * submit and enqueueing its grade (the two are separate commits). Enqueued again at start.
     * Not a skipped (blank) answer, never graded; not one whose follow-up thread is still open: it is
     * enqueued when the thread ends.
     */
    List<Long> submittedWithoutRequest() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id FROM attempt a WHERE a.submitted_at IS NOT NULL AND TRIM(a.answer) <> '' AND NOT EXISTS
                        (SELECT 1 FROM grading_request r WHERE r.attempt_id = a.id AND r.reason = 'SUBMIT')
                        AND NOT EXISTS (SELECT 1 FROM probe_turn t WHERE t.attempt_id = a.id AND t.replied_at IS NULL)
                        ORDER BY a.id""")
                .mapTo(Long.class).list());
    }

    void markRunning(long id, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE grading_request SET status = 'RUNNING', tries = tries + 1, started_at = :now WHERE id = :id""")
                .bind("id", id).bind("now", now).execute());
    }

    /** Back in the queue after a failed try; the scheduler runs it again after a pause. */
    void requeue(long id, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE grading_request SET status = 'QUEUED', error = :e WHERE id = :id")
                .bind("id", id).bind("e", clip(error)).execute());
    }

    void finish(Handle h, long id, GradingStatus status, String error, Instant now) {
        h.createUpdate("UPDATE grading_request SET status = :s, error = :e, finished_at = :now WHERE id = :id")
                .bind("id", id).bind("s", status.name()).bind("e", clip(error)).bind("now", now).execute();
    }

    private static Request row(java.sql.ResultSet rs) throws SQLException {
        return new Request(rs.getLong("id"), rs.getLong("attempt_id"), GradingStatus.valueOf(rs.getString("status")),
                rs.getInt("tries"), rs.getString("error"));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }
}
