package dev.staffdrill.drill;

import dev.staffdrill.db.Sql;

import dev.staffdrill.content.Question;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drills, attempts and question snapshots. Every read takes the owner's user id, so a query can
 * never return another learner's work.
 */
public final class DrillRepository {
    private static final String ATTEMPT_COLUMNS = "id, drill_id, user_id, position, question_id, question_version, "
            + "started_at, deadline_at, answer, draft_revision, draft_saved_at, submitted_at, submit_reason, self_rated_at";
    private final Jdbi jdbi;

    public DrillRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static Attempt mapAttempt(ResultSet rs) throws SQLException {
        return new Attempt(rs.getLong("id"), rs.getLong("drill_id"), rs.getLong("user_id"), rs.getInt("position"),
                rs.getString("question_id"), rs.getString("question_version"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "deadline_at"), rs.getString("answer"), rs.getInt("draft_revision"),
                Sql.instant(rs, "draft_saved_at"), Sql.instant(rs, "submitted_at"), rs.getString("submit_reason"),
                Sql.instant(rs, "self_rated_at"));
    }

    private static Drill mapDrill(ResultSet rs) throws SQLException {
        long assignment = rs.getLong("assignment_id");
        return new Drill(rs.getLong("id"), rs.getLong("user_id"), DrillMode.valueOf(rs.getString("mode")),
                rs.getBoolean("timed"), rs.getString("title"), rs.getString("set_id"),
                rs.wasNull() ? null : assignment, Sql.instant(rs, "created_at"), Sql.instant(rs, "finished_at"),
                rs.getInt("probes_per_question"));
    }

    /** Creates the drill and one unstarted attempt per question, snapshotting each question's text. */
    public long create(long userId, DrillMode mode, boolean timed, String title, String setId, Long assignmentId,
                       List<Question> questions, Instant now) {
        return create(userId, mode, timed, title, setId, assignmentId, questions, now, 0);
    }

    /** As above, with {@code probes} follow-up probes per question (0: none). */
    public long create(long userId, DrillMode mode, boolean timed, String title, String setId, Long assignmentId,
                       List<Question> questions, Instant now, int probes) {
        questions.forEach(q -> ensureSnapshot(q, now));
        return jdbi.inTransaction(h -> {
            long drillId = h.createUpdate("INSERT INTO drill (user_id, mode, timed, title, set_id, assignment_id, created_at, "
                            + "probes_per_question) VALUES (:u, :m, :t, :title, :s, :a, :now, :probes)")
                    .bind("u", userId).bind("m", mode.name()).bind("t", timed).bind("title", title)
                    .bind("s", setId).bind("a", assignmentId).bind("now", Sql.ts(now)).bind("probes", probes)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int pos = 0;
            for (Question q : questions) {
                h.createUpdate("INSERT INTO attempt (drill_id, user_id, position, question_id, question_version) "
                                + "VALUES (:d, :u, :p, :q, :v)")
                        .bind("d", drillId).bind("u", userId).bind("p", pos++).bind("q", q.id()).bind("v", q.version())
                        .execute();
            }
            return drillId;
        });
    }

    /**
     * Stores the question's snapshot if it is not there yet, in its own short transaction. Two
     * learners starting the same new question at once both try to insert it; the loser's insert
     * fails (duplicate key, or H2's lock timeout) although the row it wanted now exists, identical
     * by construction (same id and version). That is not an error; inside the drill's transaction
     * it was a 500, and on PostgreSQL it would abort the whole transaction.
     */
    private void ensureSnapshot(Question q, Instant now) {
        try {
            jdbi.useTransaction(h -> snapshot(h, q, now));
        } catch (org.jdbi.v3.core.JdbiException e) {
            boolean stored = jdbi.withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) FROM question_version WHERE question_id = :q AND version = :v")
                    .bind("q", q.id()).bind("v", q.version()).mapTo(Integer.class).one() > 0);
            if (!stored) {
                throw e;
            }
        }
    }

    private static void snapshot(Handle h, Question q, Instant now) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM question_version WHERE question_id = :q AND version = :v")
                .bind("q", q.id()).bind("v", q.version()).mapTo(Integer.class).one() > 0;
        if (!known) {
            h.createUpdate("INSERT INTO question_version (question_id, version, chapter, kind, title, dimensions, gaps, "
                            + "minutes, prompt, guidance, model_answer, weak_example, moderate_example, first_seen_at) "
                            + "VALUES (:id, :v, :c, :k, :t, :d, :g, :m, :p, :gu, :ma, :we, :me, :now)")
                    .bind("id", q.id()).bind("v", q.version()).bind("c", q.chapter()).bind("k", q.kind().id())
                    .bind("t", q.title()).bind("d", String.join(",", q.dimensions())).bind("g", String.join(",", q.gaps()))
                    .bind("m", q.minutes()).bind("p", q.prompt()).bind("gu", q.guidance()).bind("ma", q.modelAnswer())
                    .bind("we", q.weakExample()).bind("me", q.moderateExample())
                    .bind("now", Sql.ts(now)).execute();
        }
    }

    public Optional<Drill> drill(long id, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM drill WHERE id = :id AND user_id = :u")
                .bind("id", id).bind("u", userId).map((rs, c) -> mapDrill(rs)).findOne());
    }

    public List<Drill> drills(long userId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM drill WHERE user_id = :u ORDER BY created_at DESC, id DESC")
                .bind("u", userId).setMaxRows(limit).map((rs, c) -> mapDrill(rs)).list());
    }

    public List<Attempt> attempts(long drillId, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ATTEMPT_COLUMNS
                        + " FROM attempt WHERE drill_id = :d AND user_id = :u ORDER BY position")
                .bind("d", drillId).bind("u", userId).map((rs, c) -> mapAttempt(rs)).list());
    }

    /** How many questions the learner's drill has (the question page's "3 of 5"), without reading their answers. */
    public int attemptCount(long drillId, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attempt WHERE drill_id = :d AND user_id = :u")
                .bind("d", drillId).bind("u", userId).mapTo(Integer.class).one());
    }

    public Optional<Attempt> attempt(long id, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE id = :id AND user_id = :u")
                .bind("id", id).bind("u", userId).map((rs, c) -> mapAttempt(rs)).findOne());
    }

    /** Opens the clock once: a second call (reload, second tab) leaves the first start untouched. */
    public void start(long attemptId, Instant now, Instant deadline) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE attempt SET started_at = :now, deadline_at = :dl "
                        + "WHERE id = :id AND started_at IS NULL")
                .bind("now", Sql.ts(now)).bind("dl", Sql.ts(deadline)).bind("id", attemptId).execute());
    }

    /**
     * Saves a draft if the attempt is this learner's, opened, not submitted, and its deadline (if any)
     * is not before {@code earliestDeadline} (now minus the grace); returns the new revision, or empty.
     * One statement, one round trip: the conditions are checked on the row as it is when written, and
     * the new revision comes back with the write (JDBC's returned columns: PostgreSQL's RETURNING, H2's
     * FINAL TABLE), not from a second SELECT in a transaction around it. Committed on return.
     */
    public Optional<Integer> saveDraft(long attemptId, long userId, String text, Instant now, Instant earliestDeadline) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE attempt SET answer = :a, draft_revision = draft_revision + 1, "
                        + "draft_saved_at = :now WHERE id = :id AND user_id = :u AND started_at IS NOT NULL "
                        + "AND submitted_at IS NULL AND (deadline_at IS NULL OR deadline_at >= :earliest)")
                .bind("a", text).bind("now", Sql.ts(now)).bind("earliest", Sql.ts(earliestDeadline))
                .bind("id", attemptId).bind("u", userId)
                .executeAndReturnGeneratedKeys("draft_revision").mapTo(Integer.class).findOne());
    }

    /**
     * Submits once. {@code text} replaces the draft only when non-null (a final save in time);
     * returns true only for the call that actually submitted, so grading is enqueued once.
     */
    public boolean submit(long attemptId, long userId, String text, Instant at, String reason) {
        return jdbi.inTransaction(h -> {
            String set = text == null ? "" : "answer = :a, draft_revision = draft_revision + 1, draft_saved_at = :at, ";
            var u = h.createUpdate("UPDATE attempt SET " + set + "submitted_at = :at, submit_reason = :r "
                            + "WHERE id = :id AND user_id = :u AND submitted_at IS NULL")
                    .bind("at", Sql.ts(at)).bind("r", reason).bind("id", attemptId).bind("u", userId);
            if (text != null) {
                u.bind("a", text);
            }
            boolean submitted = u.execute() == 1;
            if (submitted) {
                // The last answer in finishes the drill: history and assignments then agree without a "Finish" click.
                h.createUpdate(FINISH_WHEN_ALL_SUBMITTED).bind("now", Sql.ts(at)).bind("id", attemptId).execute();
            }
            return submitted;
        });
    }

    private static final String FINISH_WHEN_ALL_SUBMITTED = "UPDATE drill SET finished_at = :now "
            + "WHERE id = (SELECT drill_id FROM attempt WHERE id = :id) AND finished_at IS NULL "
            + "AND NOT EXISTS (SELECT 1 FROM attempt o WHERE o.drill_id = drill.id AND o.submitted_at IS NULL)";

    /** Attempts whose clock and grace have run out while nobody submitted them (e.g. a closed tab). */
    public List<Attempt> expiredUnsubmitted(Instant graceStartedBefore) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM attempt "
                        + "WHERE submitted_at IS NULL AND deadline_at IS NOT NULL AND deadline_at < :t")
                .bind("t", Sql.ts(graceStartedBefore)).setMaxRows(500).map((rs, c) -> mapAttempt(rs)).list());
    }

    public void saveSelfRatings(long attemptId, java.util.Map<String, String> levels, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM self_rating WHERE attempt_id = :a").bind("a", attemptId).execute();
            for (var e : levels.entrySet()) {
                h.createUpdate("INSERT INTO self_rating (attempt_id, dimension, level) VALUES (:a, :d, :l)")
                        .bind("a", attemptId).bind("d", e.getKey()).bind("l", e.getValue()).execute();
            }
            h.createUpdate("UPDATE attempt SET self_rated_at = :now WHERE id = :a").bind("now", Sql.ts(now))
                    .bind("a", attemptId).execute();
        });
    }

    public java.util.Map<String, String> selfRatings(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT dimension, level FROM self_rating WHERE attempt_id = :a ORDER BY dimension")
                .bind("a", attemptId).setMapKeyColumn("dimension").setMapValueColumn("level")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<java.util.LinkedHashMap<String, String>>() {
                }));
    }

    public void finish(long drillId, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE drill SET finished_at = :now WHERE id = :id AND finished_at IS NULL")
                .bind("now", Sql.ts(now)).bind("id", drillId).execute());
    }

    /**
     * The question text as the learner saw it: a stored question version, kept in memory once read: versions are only ever inserted (a changed
     * question is a new version), so a copy cannot go stale, and the question page needs one on every load.
     */
    public Optional<AnsweredQuestion> snapshot(String questionId, String version) {
        String key = questionId + "\u0000" + version;
        AnsweredQuestion known = snapshots.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<AnsweredQuestion> read = readSnapshot(questionId, version);
        if (read.isPresent() && snapshots.size() < MAX_CACHED_SNAPSHOTS) {
            snapshots.put(key, read.get());
        }
        return read;
    }

    /** Far more versions than a bank holds; past it, reads go to the database (memory stays bounded). */
    private static final int MAX_CACHED_SNAPSHOTS = 20_000;
    private final java.util.Map<String, AnsweredQuestion> snapshots = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<AnsweredQuestion> readSnapshot(String questionId, String version) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM question_version WHERE question_id = :q AND version = :v")
                .bind("q", questionId).bind("v", version)
                .map((rs, c) -> new AnsweredQuestion(rs.getString("question_id"), rs.getString("version"), rs.getInt("chapter"),
                        rs.getString("kind"), rs.getString("title"), Sql.list(rs.getString("dimensions")),
                        rs.getInt("minutes"), rs.getString("prompt"), rs.getString("guidance"), rs.getString("model_answer"),
                        rs.getString("weak_example"), rs.getString("moderate_example")))
                .findOne());
    }


    /** Question ids this learner answered most recently first, for "never the same question twice in a row". */
    public List<String> recentQuestionIds(long userId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT question_id FROM attempt WHERE user_id = :u AND started_at IS NOT NULL "
                        + "ORDER BY started_at DESC").bind("u", userId).setMaxRows(limit).mapTo(String.class).list());
    }
}
