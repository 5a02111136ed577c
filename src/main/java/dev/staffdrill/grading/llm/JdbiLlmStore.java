package dev.staffdrill.grading.llm;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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

    /** Every LLM call made for an attempt, oldest first: the admin audit page. */
    public List<AuditEntry> auditsFor(long attemptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM llm_audit WHERE attempt_id = :a ORDER BY id")
                .bind("a", attemptId)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("attempt_id"), rs.getString("provider"), rs.getString("model"),
                        rs.getString("prompt_version"), rs.getString("request_json"), rs.getString("response_raw"),
                        rs.getInt("http_status"), rs.getLong("latency_ms"), (Integer) rs.getObject("input_tokens"),
                        (Integer) rs.getObject("output_tokens"), rs.getInt("http_attempts"), rs.getString("outcome"),
                        rs.getString("detail"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list());
    }

    static boolean duplicate(RuntimeException e) {
        return e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
    }
}
