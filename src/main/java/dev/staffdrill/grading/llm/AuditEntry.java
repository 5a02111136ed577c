package dev.staffdrill.grading.llm;

import java.time.Instant;

/**
 * One LLM call as it happened, for admins and instructors: what was sent (the body only: the API
 * key travels in a header and is never stored), what came back, how long it took, the tokens used
 * and whether the reply could be used. {@code attemptId} is 0 when there is no attempt.
 *
 * @param outcome VALID, QUOTES_DROPPED, INVALID_JSON, INVALID_SHAPE, TRUNCATED, REFUSAL, HTTP_ERROR, TIMEOUT,
 *                CONNECTION_ERROR or QUOTA
 */
public record AuditEntry(long attemptId, String provider, String model, String promptVersion, String request,
                         String response, int httpStatus, long latencyMs, Integer inputTokens, Integer outputTokens,
                         int httpAttempts, String outcome, String detail, Instant createdAt) {
}
