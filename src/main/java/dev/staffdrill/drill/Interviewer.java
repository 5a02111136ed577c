package dev.staffdrill.drill;

import dev.staffdrill.content.Question;

import java.util.List;
import java.util.Optional;

/**
 * Chooses (or writes) the next pushback probe of a follow-up thread from what the learner has
 * said so far. Grading implements it: the probe is aimed at the weakest signal in the grader's
 * evidence. Empty when there is nothing worth asking (no probes for the item, all asked).
 */
public interface Interviewer {
    /**
     * @param learnerText the first answer and every reply so far, in order
     * @param asked       the turns already asked in this thread (their signals are not probed again)
     */
    Optional<FollowUp> next(Question question, String learnerText, List<ThreadTurn> asked, long attemptId);

    /** A probe to ask: the signal it tests, why it was chosen, its text, and where it came from. */
    record FollowUp(String signalId, String when, String ask, String quote, String source, String sourceNote) {
        public static FollowUp authored(String signalId, String when, String ask) {
            return new FollowUp(signalId, when, ask, "", ThreadTurn.AUTHORED, "");
        }

        public FollowUp fellBack(String why) {
            return new FollowUp(signalId, when, ask, quote, source, why);
        }
    }
}
