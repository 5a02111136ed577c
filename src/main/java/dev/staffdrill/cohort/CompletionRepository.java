package dev.staffdrill.cohort;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Progress of current members on a cohort's assignments, one row per started drill. */
public final class CompletionRepository {
    private final Jdbi jdbi;

    public CompletionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Starts from the assignment ids and filters members in memory, like {@link ResultsRepository}. */
    public List<Completion> forCohort(long cohortId) {
        return jdbi.withHandle(h -> {
            List<Long> assignments = h.createQuery("SELECT id FROM assignment WHERE cohort_id = :c")
                    .bind("c", cohortId).mapTo(Long.class).list();
            if (assignments.isEmpty()) {
                return List.<Completion>of();
            }
            Set<Long> members = new HashSet<>(h.createQuery("SELECT user_id FROM cohort_member WHERE cohort_id = :c")
                    .bind("c", cohortId).mapTo(Long.class).list());
            return h.createQuery("SELECT d.assignment_id, d.user_id, d.id drill_id, COUNT(t.id) questions, "
                            + "COUNT(t.submitted_at) submitted, MAX(t.submitted_at) last_submitted_at "
                            + "FROM drill d JOIN attempt t ON t.drill_id = d.id WHERE d.assignment_id IN (<as>) "
                            + "GROUP BY d.assignment_id, d.user_id, d.id")
                    .bindList("as", assignments)
                    .map(ConstructorMapper.of(Completion.class))
                    .list().stream().filter(c -> members.contains(c.userId())).toList();
        });
    }
}
