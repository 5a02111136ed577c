package dev.staffdrill.drill;

import java.time.Instant;

/**
 * One turn of a follow-up thread: the probe the interviewer asked after an answer, and the
 * learner's reply to it. Autosaved and clock-owned like an answer; {@code repliedAt} is null while
 * the turn is open. {@code quote} is the learner's own words an LLM-written probe responds to ("" for
 * an authored probe).
 */
public record ThreadTurn(long attemptId, int turn, String signalId, String when, String ask, String quote,
                         String source, String sourceNote, Instant askedAt, Instant deadlineAt, String reply,
                         int replyRevision, Instant replySavedAt, Instant repliedAt, String replyReason) {
    public static final String AUTHORED = "AUTHORED";
    public static final String LLM = "LLM";
    public static final String SKIPPED = "SKIPPED";

    public ThreadTurn {
        quote = quote == null ? "" : quote;
        sourceNote = sourceNote == null ? "" : sourceNote;
        reply = reply == null ? "" : reply;
    }

    public boolean open() {
        return repliedAt == null;
    }

    public boolean timed() {
        return deadlineAt != null;
    }

    /** Closed with nothing said: the learner moved on, or the clock ran out on an empty box. */
    public boolean unanswered() {
        return !open() && reply.isBlank();
    }
}
