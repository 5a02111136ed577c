package dev.staffdrill.grading.llm;

/**
 * A reply that cannot be used as a grade. The message is written for the model: it is sent back
 * once, in the re-ask, so it says what to fix.
 */
final class InvalidReply extends RuntimeException {
    private final String outcome;

    InvalidReply(String outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    /** The audit outcome: INVALID_JSON, INVALID_SHAPE, TRUNCATED or REFUSAL. */
    String outcome() {
        return outcome;
    }
}
