package dev.staffdrill.drill;

import java.util.List;
import java.util.Optional;

/**
 * What other features read of drills: a learner's drills and attempts, the question version an
 * attempt answered, and its follow-up thread. Read-only, and every read of a drill or attempt takes
 * the owner's id, as the repository's do; starting, saving and submitting go through
 * {@link DrillService}. This is drill's front for history, progress, review and design, so its
 * tables can change behind it.
 */
public final class DrillReads {
    private final DrillRepository drills;
    private final ThreadRepository threads;

    public DrillReads(DrillRepository drills, ThreadRepository threads) {
        this.drills = drills;
        this.threads = threads;
    }

    /** The learner's drills, newest first. */
    public List<Drill> drills(long userId, int limit) {
        return drills.drills(userId, limit);
    }

    public Optional<Drill> drill(long drillId, long userId) {
        return drills.drill(drillId, userId);
    }

    /** The attempts of one of the learner's drills, in question order. */
    public List<Attempt> attempts(long drillId, long userId) {
        return drills.attempts(drillId, userId);
    }

    public Optional<Attempt> attempt(long attemptId, long userId) {
        return drills.attempt(attemptId, userId);
    }

    /** The question an attempt answered, as the learner saw it. */
    public Optional<AnsweredQuestion> question(Attempt attempt) {
        return drills.snapshot(attempt.questionId(), attempt.questionVersion());
    }

    /** Question ids the learner answered, most recent first. */
    public List<String> recentQuestionIds(long userId, int limit) {
        return drills.recentQuestionIds(userId, limit);
    }

    /** The threads of many attempts (attempt id → turns); attempts without one are absent. */
    public java.util.Map<Long, List<ThreadTurn>> threads(java.util.Collection<Long> attemptIds) {
        return threads.threads(attemptIds);
    }

    /** The follow-up probes and replies on one attempt, in order; empty when it had none. */
    public List<ThreadTurn> thread(long attemptId) {
        return threads.thread(attemptId);
    }
}
