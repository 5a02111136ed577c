package dev.staffdrill.cohort;

import org.jdbi.v3.core.Jdbi;

import java.util.List;

import static dev.staffdrill.cohort.Sql.instant;

/** Progress of current members on a cohort's assignments, one row per started drill. */
public final class CompletionRepository {
    private final Jdbi jdbi;

    public CompletionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Completion> forCohort(long cohortId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.assignment_id, d.user_id, d.id drill_id, "
                        + "COUNT(t.id) questions, COUNT(t.submitted_at) submitted, MAX(t.submitted_at) last_submitted "
                        + "FROM drill d JOIN assignment s ON s.id = d.assignment_id "
                        + "JOIN cohort_member m ON m.cohort_id = s.cohort_id AND m.user_id = d.user_id "
                        + "JOIN attempt t ON t.drill_id = d.id "
                        + "WHERE s.cohort_id = :c GROUP BY d.assignment_id, d.user_id, d.id")
                .bind("c", cohortId)
                .map((rs, c) -> new Completion(rs.getLong("assignment_id"), rs.getLong("user_id"), rs.getLong("drill_id"),
                        rs.getInt("questions"), rs.getInt("submitted"), instant(rs, "last_submitted"))).list());
    }
}
