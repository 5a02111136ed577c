package dev.staffdrill.drill;

import dev.staffdrill.drill.Interviewer.FollowUp;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.staffdrill.db.Sql.instant;
import static dev.staffdrill.db.Sql.ts;

/**
 * Follow-up threads: probes asked after an answer and the learner's replies. Reads that a learner
 * drives take the owner's user id, so a query never returns another learner's thread.
 */
public final class ThreadRepository {
    private static final String OWNED = " AND EXISTS (SELECT 1 FROM attempt a WHERE a.id = probe_turn.attempt_id AND a.user_id = :u)";
    private final Jdbi jdbi;

    public ThreadRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static ThreadTurn map(ResultSet rs) throws SQLException {
        return new ThreadTurn(rs.getLong("attempt_id"), rs.getInt("turn"), rs.getString("signal_id"),
                rs.getString("probe_when"), rs.getString("ask"), rs.getString("quote"), rs.getString("source"),
                rs.getString("source_note"), instant(rs, "asked_at"), instant(rs, "deadline_at"), rs.getString("reply"),
                rs.getInt("reply_revision"), instant(rs, "reply_saved_at"), instant(rs, "replied_at"),
                rs.getString("reply_reason"));
    }

    /** The thread of an attempt, oldest turn first; any owner (grading, an instructor's review). */
    public List<ThreadTurn> thread(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM probe_turn WHERE attempt_id = :a ORDER BY turn")
                .bind("a", attemptId).map((rs, c) -> map(rs)).list());
    }

    /**
     * The threads of many attempts in a few queries (an export of a whole cohort): attempt id → its
     * turns, oldest first; attempts without a thread are absent.
     */
    public java.util.Map<Long, List<ThreadTurn>> threads(java.util.Collection<Long> attemptIds) {
        java.util.Map<Long, List<ThreadTurn>> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(attemptIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbi.useHandle(h -> h.createQuery("SELECT * FROM probe_turn WHERE attempt_id IN (<ids>) ORDER BY attempt_id, turn")
                    .bindList("ids", chunk).map((rs, c) -> map(rs))
                    .forEach(t -> out.computeIfAbsent(t.attemptId(), k -> new java.util.ArrayList<>()).add(t)));
        }
        return out;
    }

    /** Ids per IN list: well under every driver's bind-parameter limit. */
    private static final int BATCH = 500;

    /** Asks turn {@code turn}; false when it exists already (a second tab asked first). */
    boolean ask(long attemptId, int turn, FollowUp f, Instant now, Instant deadline) {
        try {
            return jdbi.withHandle(h -> h.createUpdate("INSERT INTO probe_turn (attempt_id, turn, signal_id, probe_when, "
                            + "ask, quote, source, source_note, asked_at, deadline_at) "
                            + "VALUES (:a, :t, :s, :w, :ask, :q, :src, :note, :now, :dl)")
                    .bind("a", attemptId).bind("t", turn).bind("s", f.signalId()).bind("w", f.when())
                    .bind("ask", f.ask()).bind("q", f.quote().isEmpty() ? null : f.quote()).bind("src", f.source())
                    .bind("note", f.sourceNote().isEmpty() ? null : clip(f.sourceNote(), 400))
                    .bind("now", ts(now)).bind("dl", ts(deadline)).execute() == 1);
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (thread(attemptId).stream().anyMatch(t -> t.turn() == turn)) {
                return false;
            }
            throw e;
        }
    }

    /** Saves the open turn's reply unless it is closed or past {@code acceptUntil}; the new revision, or empty. */
    Optional<Integer> saveReply(long attemptId, int turn, long userId, String text, Instant now, Instant acceptUntil) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE probe_turn SET reply = :r, reply_revision = reply_revision + 1, "
                            + "reply_saved_at = :now WHERE attempt_id = :a AND turn = :t AND replied_at IS NULL "
                            + "AND (deadline_at IS NULL OR :now <= :until)" + OWNED)
                    .bind("r", text).bind("now", ts(now)).bind("until", ts(acceptUntil))
                    .bind("a", attemptId).bind("t", turn).bind("u", userId).execute();
            if (n == 0) {
                return Optional.<Integer>empty();
            }
            return Optional.of(h.createQuery("SELECT reply_revision FROM probe_turn WHERE attempt_id = :a AND turn = :t")
                    .bind("a", attemptId).bind("t", turn).mapTo(Integer.class).one());
        });
    }

    /**
     * Closes the turn once; {@code text} replaces the saved reply only when non-null (a final save in
     * time). True only for the call that closed it, so the thread moves on exactly once.
     */
    boolean close(long attemptId, int turn, String text, Instant at, String reason) {
        return jdbi.inTransaction(h -> {
            String set = text == null ? "" : "reply = :r, reply_revision = reply_revision + 1, reply_saved_at = :at, ";
            var u = h.createUpdate("UPDATE probe_turn SET " + set + "replied_at = :at, reply_reason = :why "
                            + "WHERE attempt_id = :a AND turn = :t AND replied_at IS NULL")
                    .bind("at", ts(at)).bind("why", reason).bind("a", attemptId).bind("t", turn);
            if (text != null) {
                u.bind("r", text);
            }
            return u.execute() == 1;
        });
    }

    /** Open turns whose clock and grace ran out with nobody replying (a closed tab). */
    List<ThreadTurn> expiredOpen(Instant graceStartedBefore) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM probe_turn WHERE replied_at IS NULL "
                        + "AND deadline_at IS NOT NULL AND deadline_at < :t")
                .bind("t", ts(graceStartedBefore)).setMaxRows(500).map((rs, c) -> map(rs)).list());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
