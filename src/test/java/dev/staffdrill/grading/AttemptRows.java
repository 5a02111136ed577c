package dev.staffdrill.grading;

import dev.staffdrill.content.Question;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Rows a grading test needs: a learner, the question snapshot, a drill and a submitted attempt. */
final class AttemptRows {
    private AttemptRows() {
    }

    static long learner(Jdbi jdbi, String name) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO app_user (username, display_name, role, created_at)
                        VALUES (:n, :n, 'LEARNER', :now)""")
                .bind("n", name).bind("now", Instant.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** A submitted attempt at {@code q} (its snapshot is stored if missing); returns the attempt id. */
    static long submitted(Jdbi jdbi, long userId, Question q, String answer) {
        return attempt(jdbi, userId, q, answer, true);
    }

    static long attempt(Jdbi jdbi, long userId, Question q, String answer, boolean submitted) {
        return jdbi.inTransaction(h -> {
            int exists = h.createQuery("SELECT COUNT(*) FROM question_version WHERE question_id = :q AND version = :v")
                    .bind("q", q.id()).bind("v", q.version()).mapTo(Integer.class).one();
            if (exists == 0) {
                h.createUpdate("""
                                INSERT INTO question_version (question_id, version, chapter, kind, title, dimensions, gaps,
                                    minutes, prompt, guidance, model_answer, first_seen_at)
                                VALUES (:id, :version, :chapter, :kind, :title, :dims, :gaps, :minutes, :prompt,
                                    :guidance, :modelAnswer, :now)""")
                        .bindMethods(q).bind("kind", q.kind().id()).bind("dims", String.join(",", q.dimensions()))
                        .bind("gaps", String.join(",", q.gaps())).bind("now", Instant.now()).execute();
            }
            long drill = h.createUpdate("""
                            INSERT INTO drill (user_id, mode, timed, title, created_at)
                            VALUES (:u, 'EXERCISE', FALSE, 'test', :now)""")
                    .bind("u", userId).bind("now", Instant.now())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return h.createUpdate("""
                            INSERT INTO attempt (drill_id, user_id, position, question_id, question_version, answer,
                                                 started_at, submitted_at, submit_reason)
                            VALUES (:d, :u, 1, :q, :v, :a, :now, :submitted, :reason)""")
                    .bind("d", drill).bind("u", userId).bind("q", q.id()).bind("v", q.version()).bind("a", answer)
                    .bind("now", Instant.now()).bind("submitted", submitted ? Instant.now() : null)
                    .bind("reason", submitted ? "LEARNER" : null)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    /** Polls until {@code done} holds, failing after {@code timeout}. */
    static void await(Duration timeout, BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            Thread.sleep(25);
        }
    }
}
