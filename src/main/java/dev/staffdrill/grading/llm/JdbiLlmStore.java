package dev.staffdrill.grading.llm;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The LLM cache and audit trail in the database (llm_cache, llm_audit; see V3__grading.sql). */
public final class JdbiLlmStore implements LlmStore {
    private final Jdbi jdbi;

    public JdbiLlmStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> cached(CacheKey key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT result_json FROM llm_cache WHERE cache_key = :k")
                .bind("k", key.id()).mapTo(String.class).findOne());
    }

    @Override
    public void cache(CacheKey key, String gradeJson) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO llm_cache (cache_key, rubric_version, question_id, question_version, answer_hash,
                                                   provider, model, prompt_version, result_json, created_at)
                            VALUES (:id, :rubricVersion, :questionId, :questionVersion, :answerHash, :provider, :model,
                                    :promptVersion, :json, :at)""")
                    .bind("id", key.id()).bindMethods(key).bind("json", gradeJson).bind("at", Instant.now())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (!duplicate(e)) { // the same grade cached by a concurrent job is fine
                throw e;
            }
        }
    }

    @Override
    public void audit(AuditEntry e) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO llm_audit (attempt_id, provider, model, prompt_version, request_json, response_raw,
                                               http_status, latency_ms, input_tokens, output_tokens, http_attempts,
                                               outcome, detail, created_at)
                        VALUES (:attempt, :provider, :model, :promptVersion, :request, :response, :httpStatus, :latencyMs,
                                :inputTokens, :outputTokens, :httpAttempts, :outcome, :detail, :createdAt)""")
                .bindMethods(e)
                .bind("attempt", e.attemptId() == 0 ? null : e.attemptId())
                .bind("response", e.response() == null ? "" : e.response())
                .bind("detail", e.detail() == null ? "" : e.detail())
                .execute());
    }

    static boolean duplicate(RuntimeException e) {
        return e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
    }
}
