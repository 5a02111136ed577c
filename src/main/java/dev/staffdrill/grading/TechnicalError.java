package dev.staffdrill.grading;

/**
 * A technical error the LLM grader found: a verbatim quote from the answer (checked like evidence),
 * the correction, the dimension it affects, and whether it is core (the answer's main mechanism or
 * arithmetic is wrong: that dimension is capped at Weak).
 */
public record TechnicalError(String dimension, String quote, String correction, boolean core) {
    public TechnicalError {
        dimension = dimension == null ? "" : dimension;
        quote = quote == null ? "" : quote;
        correction = correction == null ? "" : correction;
    }
}
