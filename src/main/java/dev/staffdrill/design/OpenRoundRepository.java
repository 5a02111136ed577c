package dev.staffdrill.design;

import dev.staffdrill.content.OpenRound;
import dev.staffdrill.content.Question;
import dev.staffdrill.db.Sql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Open rounds as answered (brief and facts per question version) and the asks of each attempt.
 * Asks are read and written by attempt id only after the caller has checked that the attempt is
 * the learner's own (see {@link OpenRoundService}).
 */
public final class OpenRoundRepository {
    private final Jdbi jdbi;

    public OpenRoundRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One recorded ask: the {@code seq}-th fact asked, and whether no answer text existed yet. */
    public record Ask(String factId, int seq, Instant askedAt, boolean beforeDesign) {
    }

    /**
     * Stores the round of {@code q}'s current version if it is not stored yet. Two learners starting
     * the same new version at once both try; the loser's insert fails on the key although the rows it
     * wanted now exist, identical by construction, which is not an error.
     */
    public void ensureSnapshot(Question q) {
        try {
            jdbi.useTransaction(h -> {
                if (stored(h, q.id(), q.version())) {
                    return;
                }
                h.createUpdate("INSERT INTO open_round (question_id, question_version, title, brief) VALUES (:q, :v, :t, :b)")
                        .bind("q", q.id()).bind("v", q.version()).bind("t", q.open().title())
                        .bind("b", q.open().brief()).execute();
                int pos = 0;
                for (OpenRound.Fact f : q.open().facts()) {
                    h.createUpdate("INSERT INTO open_round_fact (question_id, question_version, position, fact_id, label, "
                                    + "fact_value, ask_first) VALUES (:q, :v, :p, :id, :l, :val, :first)")
                            .bind("q", q.id()).bind("v", q.version()).bind("p", pos++).bind("id", f.id())
                            .bind("l", f.label()).bind("val", f.value()).bind("first", f.askFirst()).execute();
                }
            });
        } catch (JdbiException e) {
            if (!jdbi.withHandle(h -> stored(h, q.id(), q.version()))) {
                throw e;
            }
        }
    }

    private static boolean stored(Handle h, String id, String version) {
        return h.createQuery("SELECT COUNT(*) FROM open_round WHERE question_id = :q AND question_version = :v")
                .bind("q", id).bind("v", version).mapTo(Integer.class).one() > 0;
    }

    /** The round of one question version, facts in authored order. */
    public Optional<OpenRound> round(String questionId, String version) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT title, brief FROM open_round WHERE question_id = :q AND question_version = :v")
                .bind("q", questionId).bind("v", version).map((rs, c) -> new String[] {rs.getString("title"), rs.getString("brief")})
                .findOne()
                .map(tb -> new OpenRound(tb[0], tb[1], h.createQuery("SELECT fact_id, label, fact_value, ask_first "
                                + "FROM open_round_fact WHERE question_id = :q AND question_version = :v ORDER BY position")
                        .bind("q", questionId).bind("v", version)
                        .map((rs, c) -> new OpenRound.Fact(rs.getString("fact_id"), rs.getString("label"),
                                rs.getString("fact_value"), rs.getBoolean("ask_first"))).list())));
    }

    /** The asks of an attempt, in the order they were made. */
    public List<Ask> asks(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT fact_id, seq, asked_at, before_design FROM open_round_ask "
                        + "WHERE attempt_id = :a ORDER BY seq, asked_at")
                .bind("a", attemptId)
                .map((rs, c) -> new Ask(rs.getString("fact_id"), rs.getInt("seq"),
                        Sql.instant(rs, "asked_at"), rs.getBoolean("before_design")))
                .list());
    }

    /** Every ask of a learner, for "export my data": attempt, fact label, order, time, before designing. */
    public List<java.util.Map<String, Object>> asksOf(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.attempt_id, f.label, k.seq, k.asked_at, k.before_design "
                        + "FROM open_round_ask k JOIN attempt a ON a.id = k.attempt_id "
                        + "JOIN open_round_fact f ON f.question_id = a.question_id AND f.question_version = a.question_version "
                        + "AND f.fact_id = k.fact_id WHERE a.user_id = :u ORDER BY k.attempt_id, k.seq")
                .bind("u", userId)
                .map((rs, c) -> {
                    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("attemptId", rs.getLong("attempt_id"));
                    m.put("fact", rs.getString("label"));
                    m.put("order", rs.getInt("seq"));
                    m.put("askedAt", Sql.instant(rs, "asked_at").toString());
                    m.put("beforeDesigning", rs.getBoolean("before_design"));
                    return m;
                }).list());
    }

    /**
     * Records an ask unless this fact was asked already; true if it was recorded. The attempt row is
     * locked first, so two asks at once get distinct, ordered seq numbers and "before designing" is
     * judged against the answer as it stands; an attempt submitted meanwhile records nothing.
     * {@code sentText} is answer text carried by the request itself (may be null).
     */
    public boolean ask(long attemptId, long userId, String factId, Instant now, String sentText) {
        return jdbi.inTransaction(h -> {
            Optional<String> answer = h.createQuery("SELECT answer FROM attempt WHERE id = :a AND user_id = :u "
                            + "AND submitted_at IS NULL FOR UPDATE")
                    .bind("a", attemptId).bind("u", userId).mapTo(String.class).findOne();
            if (answer.isEmpty()) {
                return false;
            }
            boolean asked = h.createQuery("SELECT COUNT(*) FROM open_round_ask WHERE attempt_id = :a AND fact_id = :f")
                    .bind("a", attemptId).bind("f", factId).mapTo(Integer.class).one() > 0;
            if (asked) {
                return false;
            }
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM open_round_ask WHERE attempt_id = :a")
                    .bind("a", attemptId).mapTo(Integer.class).one();
            boolean beforeDesign = answer.get().isBlank() && (sentText == null || sentText.isBlank());
            h.createUpdate("INSERT INTO open_round_ask (attempt_id, fact_id, seq, asked_at, before_design) "
                            + "VALUES (:a, :f, :s, :t, :b)")
                    .bind("a", attemptId).bind("f", factId).bind("s", seq)
                    .bind("t", Sql.ts(now)).bind("b", beforeDesign).execute();
            return true;
        });
    }
}
