package dev.staffdrill.cohort;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.staffdrill.db.Sql.ts;

/**
 * Cohorts and their members. Every instructor-side read takes the owner's id, so a query can
 * never hand one instructor another's cohort; callers turn "empty" into 404.
 */
public final class CohortRepository {
    private final Jdbi jdbi;

    public CohortRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A cohort with its counts, for the instructor's list. */
    public record Listed(@Nested Cohort cohort, int members, int assignments) {
    }

    private static final RowMapper<Cohort> COHORT = ConstructorMapper.of(Cohort.class);
    private static final RowMapper<Listed> LISTED = ConstructorMapper.of(Listed.class);
    private static final RowMapper<Member> MEMBER = ConstructorMapper.of(Member.class);

    public long create(long ownerId, String name, String joinCode, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO cohort (owner_id, name, join_code, created_at) "
                        + "VALUES (:o, :n, :c, :now)")
                .bind("o", ownerId).bind("n", name).bind("c", joinCode).bind("now", ts(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The cohort if {@code ownerId} owns it; the one authorization check every instructor route makes. */
    public Optional<Cohort> owned(long cohortId, long ownerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM cohort WHERE id = :id AND owner_id = :o")
                .bind("id", cohortId).bind("o", ownerId).map(COHORT).findOne());
    }

    public List<Listed> ownedBy(long ownerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.*, "
                        + "(SELECT COUNT(*) FROM cohort_member m WHERE m.cohort_id = c.id) members, "
                        + "(SELECT COUNT(*) FROM assignment a WHERE a.cohort_id = c.id) assignments "
                        + "FROM cohort c WHERE c.owner_id = :o ORDER BY c.created_at DESC, c.id DESC")
                .bind("o", ownerId)
                .map(LISTED).list());
    }

    public Optional<Cohort> byCode(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM cohort WHERE join_code = :c")
                .bind("c", code).map(COHORT).findOne());
    }

    public String ownerName(Cohort cohort) {
        return jdbi.withHandle(h -> h.createQuery("SELECT display_name FROM app_user WHERE id = :id")
                .bind("id", cohort.ownerId()).mapTo(String.class).findOne().orElse(""));
    }

    /** Replaces (or, with null, revokes) the join code; old links stop working at once. */
    public void setJoinCode(long cohortId, long ownerId, String code) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE cohort SET join_code = :c WHERE id = :id AND owner_id = :o")
                .bind("c", code).bind("id", cohortId).bind("o", ownerId).execute());
    }

    /** Adds the learner; joining twice (double click, second tab) leaves one membership. */
    public void join(long cohortId, long userId, Instant now) {
        if (isMember(cohortId, userId)) {
            return;
        }
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO cohort_member (cohort_id, user_id, joined_at) VALUES (:c, :u, :now)")
                    .bind("c", cohortId).bind("u", userId).bind("now", ts(now)).execute());
        } catch (UnableToExecuteStatementException e) {
            if (!isMember(cohortId, userId)) { // not a lost race on the primary key: a real failure
                throw e;
            }
        }
    }

    public boolean isMember(long cohortId, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = :c AND user_id = :u")
                .bind("c", cohortId).bind("u", userId).mapTo(Integer.class).one() > 0);
    }

    private static final String MEMBERS = "SELECT u.id user_id, u.display_name, u.username, m.joined_at "
            + "FROM cohort_member m JOIN app_user u ON u.id = m.user_id WHERE m.cohort_id = :c ";

    public List<Member> members(long cohortId) {
        return jdbi.withHandle(h -> h.createQuery(MEMBERS + "ORDER BY u.display_name, u.id")
                .bind("c", cohortId).map(MEMBER).list());
    }

    public Optional<Member> member(long cohortId, long userId) {
        return jdbi.withHandle(h -> h.createQuery(MEMBERS + "AND m.user_id = :u")
                .bind("c", cohortId).bind("u", userId).map(MEMBER).findOne());
    }

    /** True when the user is a member of a cohort that {@code ownerId} owns. */
    public boolean inCohortOf(long ownerId, long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cohort c JOIN cohort_member m ON m.cohort_id = c.id "
                        + "WHERE c.owner_id = :o AND m.user_id = :u")
                .bind("o", ownerId).bind("u", userId).mapTo(Integer.class).one() > 0);
    }

    /** Removes a learner from the cohort; their drills and attempts stay theirs. */
    public boolean remove(long cohortId, long userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM cohort_member WHERE cohort_id = :c AND user_id = :u")
                .bind("c", cohortId).bind("u", userId).execute()) > 0;
    }

    /** Cohorts the learner belongs to: their assignments page and their account export. */
    public List<String> namesForMember(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.name FROM cohort c JOIN cohort_member m ON m.cohort_id = c.id "
                + "WHERE m.user_id = :u ORDER BY c.name").bind("u", userId).mapTo(String.class).list());
    }
}
