package dev.staffdrill.notice;

import dev.staffdrill.web.Shell;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;

import static dev.staffdrill.db.Sql.instant;
import static dev.staffdrill.db.Sql.ts;

/**
 * The navigation's small badges: assignments given to the learner's cohorts and reviews of their
 * answers since they last opened Assignments or History. Opening the page clears its badge.
 */
public final class Notices {
    private final Jdbi jdbi;
    private final Clock clock;

    public Notices(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** New assignments and newly reviewed answers; both 0 when there is nothing new. */
    public Shell.Badges counts(long userId) {
        return jdbi.withHandle(h -> {
            Seen seen = seen(h, userId);
            // Only assignments set after the learner joined: those given before were there when they arrived.
            int assignments = h.createQuery("SELECT COUNT(*) FROM assignment x JOIN cohort_member m ON m.cohort_id = x.cohort_id "
                            + "WHERE m.user_id = :u AND x.created_at > m.joined_at AND x.created_at > :since")
                    .bind("u", userId).bind("since", ts(seen.assignments())).mapTo(Integer.class).one();
            int reviews = h.createQuery("SELECT COUNT(DISTINCT attempt_id) FROM ("
                            + "SELECT o.attempt_id FROM grade_override o JOIN attempt a ON a.id = o.attempt_id "
                            + "WHERE a.user_id = :u AND o.created_at > :since UNION ALL "
                            + "SELECT r.attempt_id FROM grade_review r JOIN attempt a ON a.id = r.attempt_id "
                            + "WHERE a.user_id = :u AND r.reviewed_at > :since) x")
                    .bind("u", userId).bind("since", ts(seen.reviews())).mapTo(Integer.class).one();
            return new Shell.Badges(assignments, reviews);
        });
    }

    /** When the learner last opened their reviewed answers; answers reviewed later are "new". */
    public Instant reviewsSeenAt(long userId) {
        return jdbi.withHandle(h -> seen(h, userId).reviews());
    }

    public void sawAssignments(long userId) {
        mark(userId, "assignments_seen_at");
    }

    public void sawReviews(long userId) {
        mark(userId, "reviews_seen_at");
    }

    private record Seen(Instant assignments, Instant reviews) {
    }

    private static Seen seen(Handle h, long userId) {
        return h.createQuery("SELECT assignments_seen_at, reviews_seen_at FROM notice_seen WHERE user_id = :u")
                .bind("u", userId)
                .map((rs, c) -> new Seen(orEpoch(instant(rs, "assignments_seen_at")), orEpoch(instant(rs, "reviews_seen_at"))))
                .findFirst().orElse(new Seen(Instant.EPOCH, Instant.EPOCH));
    }

    private static Instant orEpoch(Instant i) {
        return i == null ? Instant.EPOCH : i;
    }

    /** Portable upsert (H2 and PostgreSQL): update, else insert; a concurrent insert just wins. */
    private void mark(long userId, String column) {
        Instant now = clock.instant();
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE notice_seen SET " + column + " = :now WHERE user_id = :u")
                    .bind("now", ts(now)).bind("u", userId).execute();
            if (updated == 0) {
                try {
                    h.createUpdate("INSERT INTO notice_seen (user_id, " + column + ") VALUES (:u, :now)")
                            .bind("now", ts(now)).bind("u", userId).execute();
                } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException raced) {
                    h.createUpdate("UPDATE notice_seen SET " + column + " = :now WHERE user_id = :u")
                            .bind("now", ts(now)).bind("u", userId).execute();
                }
            }
        });
    }
}
