package dev.staffdrill.drill;

import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Question;
import dev.staffdrill.drill.DrillService.SaveResult;
import dev.staffdrill.drill.Interviewer.FollowUp;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Follow-up chains: after an answer in a drill that asks for them, the interviewer pushes on the
 * weakest signal in what the learner said, and the learner replies against a short clock of its
 * own. The attempt is graded once, when the thread ends: the grade covers every word of it.
 * A thread ends when the drill's number of probes is reached, the interviewer has nothing left to
 * ask, the learner moves on without replying, or a reply's time runs out with nobody on the page.
 */
public final class ThreadService {
    /** Probe clocks run 2–4 minutes: a quarter of the question's own minutes, within those bounds. */
    static final int MIN_PROBE_MINUTES = 2;
    static final int MAX_PROBE_MINUTES = 4;
    public static final int MAX_PROBES_PER_QUESTION = 3;

    private final ThreadRepository threads;
    private final DrillRepository drills;
    private final ContentStore content;
    private final Interviewer interviewer;
    private final DrillRules rules;
    private final Clock clock;
    private final List<SubmissionListener> listeners;

    public ThreadService(ThreadRepository threads, DrillRepository drills, ContentStore content, Interviewer interviewer,
                         DrillRules rules, Clock clock, List<SubmissionListener> listeners) {
        this.threads = threads;
        this.drills = drills;
        this.content = content;
        this.interviewer = interviewer;
        this.rules = rules;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** What a reply did to the thread. */
    public sealed interface ReplyResult {
        /** Another probe was asked. */
        record Next(int turn) implements ReplyResult {
        }

        /** The thread is over: on to the self-rating. {@code timeUp} when the clock closed the last reply. */
        record Done(boolean timeUp) implements ReplyResult {
        }

        record TooLong(int length, int max) implements ReplyResult {
        }

        /** Nothing is open to reply to (already replied in another tab, or no thread). */
        record Closed(String why) implements ReplyResult {
        }
    }

    /**
     * Right after the learner submitted an answer in person: asks the first probe when the drill
     * wants follow-ups. True when one was asked, so grading waits for the thread to end.
     */
    boolean begin(Attempt submitted, Drill drill, User user) {
        if (drill.probesPerQuestion() <= 0 || submitted.skipped()) {
            return false;
        }
        return askNext(submitted, user, List.of());
    }

    private boolean askNext(Attempt a, User user, List<ThreadTurn> asked) {
        int max = drills.drill(a.drillId(), a.userId()).map(Drill::probesPerQuestion).orElse(0);
        if (asked.size() >= max) {
            return false;
        }
        Optional<Question> q = content.bank().question(a.questionId());
        if (q.isEmpty()) {
            return false; // the item left the bank since the drill began: nothing authored to push with
        }
        Optional<FollowUp> next = interviewer.next(q.get(), learnerText(a, asked), asked, a.id());
        if (next.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant deadline = a.timed() ? now.plus(probeLimit(q.get(), user)) : null;
        threads.ask(a.id(), asked.size() + 1, next.get(), now, deadline);
        return true; // asked now, or by a second tab a moment ago: either way a turn is open
    }

    /** The dev/test clock override, else a quarter of the question's minutes in 2–4; extended time applies. */
    Duration probeLimit(Question q, User user) {
        Duration base = rules.clockOverride().orElseGet(() -> Duration.ofMinutes(
                Math.max(MIN_PROBE_MINUTES, Math.min(MAX_PROBE_MINUTES, Math.round(q.minutes() / 4.0f)))));
        return Duration.ofMillis(new BigDecimal(base.toMillis()).multiply(user.timeMultiplier()).longValue());
    }

    Instant clockNow() {
        return clock.instant();
    }

    int maxChars() {
        return rules.maxAnswerChars();
    }

    public List<ThreadTurn> thread(long attemptId) {
        return threads.thread(attemptId);
    }

    /** The open turn of the learner's attempt, closing it first when its time ran out unattended. */
    public Optional<ThreadTurn> openTurn(Attempt a) {
        Optional<ThreadTurn> open = threads.thread(a.id()).stream().filter(ThreadTurn::open).findFirst();
        if (open.isPresent() && expired(open.get())) {
            closeUnattended(open.get());
            return Optional.empty();
        }
        return open;
    }

    private boolean expired(ThreadTurn t) {
        return t.timed() && clock.instant().isAfter(t.deadlineAt().plus(rules.grace()));
    }

    public SaveResult saveReply(Attempt a, String text) {
        String t = text == null ? "" : text;
        if (t.length() > rules.maxAnswerChars()) {
            return new SaveResult.TooLong(t.length(), rules.maxAnswerChars());
        }
        Optional<ThreadTurn> open = openTurn(a);
        if (open.isEmpty()) {
            return new SaveResult.Closed("This follow-up is closed; your saved reply is kept.");
        }
        ThreadTurn turn = open.get();
        Instant now = clock.instant();
        Instant until = turn.timed() ? turn.deadlineAt().plus(rules.grace()) : null;
        return threads.saveReply(a.id(), turn.turn(), a.userId(), t, now, until)
                .<SaveResult>map(rev -> new SaveResult.Saved(rev, now))
                .orElseGet(() -> new SaveResult.Closed("Time is up on this follow-up: your last saved reply stands."));
    }

    /**
     * The learner's reply to the open probe. In time, {@code text} is the reply; later, the saved
     * one stands. A reply with words may bring the next probe; an empty one (moving on) ends the thread.
     */
    public ReplyResult reply(Attempt a, User user, String text, boolean timeUp) {
        if (text != null && text.length() > rules.maxAnswerChars()) {
            return new ReplyResult.TooLong(text.length(), rules.maxAnswerChars());
        }
        Optional<ThreadTurn> open = openTurn(a);
        if (open.isEmpty()) {
            return new ReplyResult.Closed("This follow-up is already closed; your reply is kept.");
        }
        ThreadTurn turn = open.get();
        Instant now = clock.instant();
        boolean inTime = !turn.timed() || !now.isAfter(turn.deadlineAt().plus(rules.grace()));
        boolean late = turn.timed() && now.isAfter(turn.deadlineAt());
        Instant at = late && !inTime ? turn.deadlineAt().plus(rules.grace()) : now;
        String finalText = inTime ? text : null;
        String said = finalText != null ? finalText : turn.reply();
        String reason = said.isBlank() ? (late ? DrillService.AT_TIME_LIMIT : ThreadTurn.SKIPPED)
                : late ? DrillService.AT_TIME_LIMIT : DrillService.BY_LEARNER;
        if (!threads.close(a.id(), turn.turn(), finalText, at, reason)) {
            return new ReplyResult.Closed("This follow-up is already closed; your reply is kept.");
        }
        List<ThreadTurn> asked = threads.thread(a.id());
        if (!said.isBlank() && askNext(a, user, asked)) {
            return new ReplyResult.Next(turn.turn() + 1);
        }
        announce(a.id());
        return new ReplyResult.Done(late || timeUp);
    }

    /** Closes every open turn whose time ran out unattended; each such thread ends there. */
    public int closeExpired() {
        List<ThreadTurn> expired = threads.expiredOpen(clock.instant().minus(rules.grace()));
        expired.forEach(this::closeUnattended);
        return expired.size();
    }

    private void closeUnattended(ThreadTurn t) {
        if (threads.close(t.attemptId(), t.turn(), null, t.deadlineAt().plus(rules.grace()), DrillService.AT_TIME_LIMIT)) {
            announce(t.attemptId());
        }
    }

    private void announce(long attemptId) {
        listeners.forEach(l -> l.submitted(attemptId));
    }

    /** Everything the learner said on the question, in order: the answer, then each reply. */
    public static String learnerText(Attempt a, List<ThreadTurn> turns) {
        StringBuilder sb = new StringBuilder(a.answer());
        for (ThreadTurn t : turns) {
            if (!t.reply().isBlank()) {
                sb.append("\n\n").append(t.reply());
            }
        }
        return sb.toString();
    }
}
