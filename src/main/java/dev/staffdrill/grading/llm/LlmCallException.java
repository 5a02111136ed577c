package dev.staffdrill.grading.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * An LLM call that did not produce a reply. The message is for people (logs, the audit page, the
 * grade note) and never contains the API key.
 */
public final class LlmCallException extends RuntimeException {
    /** What went wrong, which decides whether to retry and whether the provider counts as down. */
    public enum Kind {
        /** 408, 409, 429 (rate limit), 5xx, 529: worth another try after a pause. */
        RETRYABLE,
        TIMEOUT,
        CONNECTION,
        /** 429 with insufficient_quota: more tries will not help until someone pays. */
        QUOTA,
        /** 400, 401, 403, 404 and the rest: the request or the configuration is wrong. */
        FATAL
    }

    private final Kind kind;
    private final int status;
    private final Duration retryAfter;
    private final int attempts;

    public LlmCallException(Kind kind, int status, Duration retryAfter, String message, Throwable cause) {
        this(kind, status, retryAfter, message, cause, 1);
    }

    private LlmCallException(Kind kind, int status, Duration retryAfter, String message, Throwable cause, int attempts) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.attempts = attempts;
    }

    /** The same failure, noting how many HTTP attempts were made before giving up. */
    LlmCallException afterAttempts(int n) {
        String m = n > 1 ? getMessage() + " (after " + n + " attempts)" : getMessage();
        return new LlmCallException(kind, status, retryAfter, m, getCause(), n);
    }

    public int attempts() {
        return attempts;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean retryable() {
        return kind == Kind.RETRYABLE || kind == Kind.TIMEOUT || kind == Kind.CONNECTION;
    }

    /** Counted by the circuit breaker: the provider is unreachable or refusing work, not us being wrong. */
    public boolean providerDown() {
        return retryable() || kind == Kind.QUOTA;
    }
}
