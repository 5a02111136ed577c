package dev.staffdrill.cohort;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.staffdrill.db.Sql.ts;

/** Assignments of a cohort, and each learner's progress on theirs. */
public final class AssignmentRepository {
    private final Jdbi jdbi;

    public AssignmentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static final RowMapper<Assignment> ASSIGNMENT = ConstructorMapper.of(Assignment.class);
    private static final RowMapper<LearnerAssignment> LEARNER = ConstructorMapper.of(LearnerAssignment.class);

    public long create(long cohortId, String setId, String title, Instant dueAt, Integer minutes, Instant now) {
        return create(cohortId, setId, title, dueAt, minutes, now, 0);
    }

    /** As above, with {@code probes} interviewer follow-ups after each answer. */
    public long create(long cohortId, String setId, String title, Instant dueAt, Integer minutes, Instant now, int probes) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO assignment (cohort_id, set_id, title, due_at, "
                        + "minutes_per_question, created_at, probes_per_question) VALUES (:c, :s, :t, :due, :m, :now, :p)")
                .bind("c", cohortId).bind("s", setId).bind("t", title).bind("due", ts(dueAt)).bind("m", minutes)
                .bind("now", ts(now)).bind("p", probes).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Soonest due first, undated last, then in the order they were set. */
    public List<Assignment> forCohort(long cohortId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM assignment WHERE cohort_id = :c "
                        + "ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, id")
                .bind("c", cohortId).map(ASSIGNMENT).list());
    }

    public Optional<Assignment> inCohort(long assignmentId, long cohortId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM assignment WHERE id = :id AND cohort_id = :c")
                .bind("id", assignmentId).bind("c", cohortId).map(ASSIGNMENT).findOne());
    }

    public Optional<Integer> minutesPerQuestion(long assignmentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT minutes_per_question FROM assignment "
                        + "WHERE id = :id AND minutes_per_question IS NOT NULL")
                .bind("id", assignmentId).mapTo(Integer.class).findOne());
    }

    private static final String FOR_LEARNER = "SELECT s.*, c.name cohort_name, d.id drill_id, "
            + "(SELECT COUNT(*) FROM attempt t WHERE t.drill_id = d.id) questions, "
            + "(SELECT COUNT(*) FROM attempt t WHERE t.drill_id = d.id AND t.submitted_at IS NOT NULL) submitted, "
            + "(SELECT MAX(t.submitted_at) FROM attempt t WHERE t.drill_id = d.id) last_submitted_at "
            + "FROM assignment s JOIN cohort c ON c.id = s.cohort_id "
            + "JOIN cohort_member m ON m.cohort_id = s.cohort_id AND m.user_id = :u "
            + "LEFT JOIN drill d ON d.assignment_id = s.id AND d.user_id = :u ";

    /** Every assignment of every cohort the learner is in (removed members no longer see them). */
    public List<LearnerAssignment> forLearner(long userId) {
        return jdbi.withHandle(h -> h.createQuery(FOR_LEARNER
                        + "ORDER BY CASE WHEN s.due_at IS NULL THEN 1 ELSE 0 END, s.due_at, s.id")
                .bind("u", userId).map(LEARNER).list());
    }

    /** One assignment, only if the learner is a member of its cohort. */
    public Optional<LearnerAssignment> forLearner(long assignmentId, long userId) {
        return jdbi.withHandle(h -> h.createQuery(FOR_LEARNER + "WHERE s.id = :id")
                .bind("u", userId).bind("id", assignmentId).map(LEARNER).findOne());
    }
}
