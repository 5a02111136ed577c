package dev.staffdrill.grading.llm;

import java.time.Duration;

/**
 * Retry and circuit-breaker settings. Not user configuration: sensible defaults, and tests use
 * short ones so a retry test takes milliseconds.
 *
 * @param maxAttempts     HTTP attempts per call, the first included
 * @param baseBackoff     first pause; doubles per attempt, with jitter, up to {@code maxBackoff}
 * @param maxRetryAfter   a Retry-After longer than this is not waited for: the call fails instead
 * @param breakerWindow   calls the breaker looks back over
 * @param breakerMinCalls calls before the breaker may open
 * @param breakerOpenFor  how long grades go straight to the offline check once it opens
 */
public record LlmTuning(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration maxRetryAfter,
                        int breakerWindow, int breakerMinCalls, Duration breakerOpenFor) {

    public static LlmTuning defaults() {
        return new LlmTuning(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                10, 5, Duration.ofSeconds(30));
    }
}
