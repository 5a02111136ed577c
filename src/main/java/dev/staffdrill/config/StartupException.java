package dev.staffdrill.config;

/** A start-up failure with a one-line message naming the cause and the fix; printed without a stack trace. */
public class StartupException extends RuntimeException {
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
