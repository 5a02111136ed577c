package dev.staffdrill.grading.eval;

/** A labelled-answer folder that cannot be evaluated; the message names the file and the problem. */
public final class EvalException extends RuntimeException {
    public EvalException(String message) {
        super(message);
    }
}
