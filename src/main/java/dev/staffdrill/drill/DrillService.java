package dev.staffdrill.drill;

import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.content.Question;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The drill rules. The server owns the clock: an attempt's deadline is fixed when it is first
 * opened, saves are accepted until deadline + grace, and an attempt left open past that is
 * submitted at the time limit with the last draft it saved. Nothing written is ever discarded.
 */
public final class DrillService {
    public static final String BY_LEARNER = "LEARNER";
    public static final String AT_TIME_LIMIT = "TIME_LIMIT";
    private final DrillRepository repo;
    private final ContentStore content;
    private final DrillRules rules;
    private final Clock clock;
    private final GapPicker gapPicker;
    private final List<SubmissionListener> listeners;
    private final AssignedSets assigned;
    private final Random random = new Random();
    private final ThreadService threads; // null: no follow-up chains (tools and tests that don't need them)

    /** {@code probes}: follow-up probes per answer (mock drills; 0 elsewhere). */
    public record StartRequest(DrillMode mode, int chapter, int count, String questionId, String setId,
                               boolean timed, Long assignmentId, int probes) {
        public StartRequest(DrillMode mode, int chapter, int count, String questionId, String setId,
                            boolean timed, Long assignmentId) {
            this(mode, chapter, count, questionId, setId, timed, assignmentId, 0);
        }
    }

    /** What became of a start request: the new drill, or why there is none (the controller picks the status). */
    public sealed interface StartResult {
        record Started(long drillId) implements StartResult {
        }

        /** The request cannot be met as asked: a bad choice of chapter, question or mode. */
        record Refused(String why) implements StartResult {
        }

        /** No such set for this learner: an instructor's set exists only for their cohorts. */
        record NoSuchSet(String setId) implements StartResult {
        }
    }

    /** Inside {@link #start}: a choice that cannot be met, turned into {@link StartResult.Refused}. */
    private static final class Refusal extends RuntimeException {
        Refusal(String why) {
            super(why, null, false, false);
        }
    }

    public sealed interface SaveResult {
        record Saved(int revision, Instant savedAt) implements SaveResult {
        }

        record TooLong(int length, int max) implements SaveResult {
        }

        record Closed(String why) implements SaveResult {
        }
    }

    public DrillService(DrillRepository repo, ContentStore content, DrillRules rules, Clock clock, GapPicker gapPicker,
                        List<SubmissionListener> listeners) {
        this(repo, content, rules, clock, gapPicker, listeners, AssignedSets.none());
    }

    public DrillService(DrillRepository repo, ContentStore content, DrillRules rules, Clock clock, GapPicker gapPicker,
                        List<SubmissionListener> listeners, AssignedSets assigned) {
        this(repo, content, rules, clock, gapPicker, listeners, assigned, null);
    }

    /** @param threads follow-up chains; it announces a finished thread to the same listeners as this service */
    public DrillService(DrillRepository repo, ContentStore content, DrillRules rules, Clock clock, GapPicker gapPicker,
                        List<SubmissionListener> listeners, AssignedSets assigned, ThreadService threads) {
        this.threads = threads;
        this.repo = repo;
        this.content = content;
        this.rules = rules;
        this.clock = clock;
        this.gapPicker = gapPicker;
        this.listeners = listeners;
        this.assigned = assigned;
    }

    public StartResult start(User user, StartRequest req) {
        try {
            return create(user, req);
        } catch (Refusal r) {
            return new StartResult.Refused(r.getMessage());
        }
    }

    private StartResult create(User user, StartRequest req) {
        ContentBank bank = content.bank();
        List<Question> questions = switch (req.mode()) {
            case MOCK -> pickFollowUps(bank, user.id(), req.chapter(), Math.max(1, Math.min(10, req.count())));
            case EXERCISE -> List.of(pickExercise(bank, user.id(), req.chapter(), req.questionId()));
            case SET -> set(bank, nonNull(req.setId(), "Choose an exercise set."), user.id())
                    .map(s -> s.questionIds().stream().map(bank::question).flatMap(Optional::stream).toList())
                    .orElse(null);
            case GAP -> gapPicker.pick(user.id(), Math.max(1, Math.min(10, req.count()))).stream()
                    .map(bank::question).flatMap(Optional::stream).toList();
            case PICK, OPEN -> List.of(); // see startSelection, and the design package for open rounds
        };
        if (questions == null) {
            return new StartResult.NoSuchSet(req.setId());
        }
        if (questions.isEmpty()) {
            return new StartResult.Refused("No questions match that choice.");
        }
        String title = title(bank, req, questions, user.id());
        int probes = threads == null ? 0 : Math.max(0, Math.min(ThreadService.MAX_PROBES_PER_QUESTION, req.probes()));
        return new StartResult.Started(repo.create(user.id(), req.mode(), req.timed(), title, req.setId(),
                req.assignmentId(), questions, clock.instant(), probes));
    }

    /** A drill of one question another feature chose for the learner (an open design round); its id. */
    public long startOne(User user, DrillMode mode, boolean timed, String title, Question question) {
        return repo.create(user.id(), mode, timed, title, null, null, List.of(question), clock.instant());
    }

    /** Largest hand-picked drill: a long sitting, still one drill. */
    public static final int MAX_PICKED = 10;

    /**
     * A drill of questions picked in the bank, in the order given; unknown ids are ignored. Empty when
     * nothing valid was picked or too many were (the caller says which).
     */
    public Optional<Long> startSelection(User user, List<String> questionIds, boolean timed) {
        ContentBank bank = content.bank();
        List<Question> questions = questionIds.stream().distinct().map(bank::question).flatMap(Optional::stream).toList();
        if (questions.isEmpty() || questions.size() > MAX_PICKED) {
            return Optional.empty();
        }
        StartRequest req = new StartRequest(DrillMode.PICK, 0, questions.size(), null, null, timed, null);
        return Optional.of(repo.create(user.id(), DrillMode.PICK, timed, title(bank, req, questions, user.id()), null, null,
                questions, clock.instant()));
    }

    /** A content/ set, else one built by an instructor (see {@link AssignedSets}). */
    private Optional<ExerciseSet> set(ContentBank bank, String id, long userId) {
        return bank.set(id).or(() -> assigned.set(id, userId));
    }

    private static String nonNull(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new Refusal(message);
        }
        return s;
    }

    private String title(ContentBank bank, StartRequest req, List<Question> qs, long userId) {
        return switch (req.mode()) {
            case MOCK -> qs.size() + " follow-ups · " + (req.chapter() > 0 ? bank.chapterLabel(req.chapter()) : "mixed chapters");
            case EXERCISE -> qs.get(0).title();
            case SET -> set(bank, req.setId(), userId).map(s -> s.title()).orElse("Set");
            case GAP -> "Gap drill · " + qs.size() + " questions";
            case PICK -> qs.size() == 1 ? qs.get(0).title() : "Your selection · " + qs.size() + " questions";
            case OPEN -> "Open design round · " + qs.get(0).title();
        };
    }

    /** Follow-ups not answered recently come first; ties are shuffled so repeats vary. */
    private List<Question> pickFollowUps(ContentBank bank, long userId, int chapter, int count) {
        List<Question> pool = new ArrayList<>(bank.questions().stream()
                .filter(q -> q.kind().followUp() && (chapter <= 0 || q.chapter() == chapter)).toList());
        if (chapter > 0 && bank.chapter(chapter).isEmpty()) {
            throw new Refusal("There is no chapter " + chapter + ".");
        }
        Collections.shuffle(pool, random);
        Map<String, Integer> recency = recency(userId);
        pool.sort(Comparator.comparingInt(q -> recency.getOrDefault(q.id(), -1)));
        return pool.subList(0, Math.min(count, pool.size()));
    }

    private Question pickExercise(ContentBank bank, long userId, int chapter, String questionId) {
        if (questionId != null && !questionId.isBlank()) {
            return bank.question(questionId).orElseThrow(() -> new Refusal("There is no question '" + questionId + "'."));
        }
        List<Question> pool = new ArrayList<>(bank.questions().stream()
                .filter(q -> !q.kind().followUp() && (chapter <= 0 || q.chapter() == chapter)).toList());
        if (pool.isEmpty()) {
            throw new Refusal("No exercises match that choice.");
        }
        Collections.shuffle(pool, random);
        Map<String, Integer> recency = recency(userId);
        pool.sort(Comparator.comparingInt(q -> recency.getOrDefault(q.id(), -1)));
        return pool.get(0);
    }

    /** Rank per question: the most recently answered is highest; unseen questions default to -1, so they sort first. */
    private Map<String, Integer> recency(long userId) {
        List<String> recent = repo.recentQuestionIds(userId, 200);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = recent.size() - 1; i >= 0; i--) {
            rank.put(recent.get(i), recent.size() - i);
        }
        return rank;
    }

    /** Opens an attempt: starts its clock on first view, and closes it if time ran out meanwhile. */
    public Attempt open(Attempt owned, User user, boolean timed) {
        Attempt a = owned;
        if (!a.started()) {
            Instant now = clock.instant();
            Instant deadline = timed ? now.plus(limitFor(a, user)) : null;
            repo.start(a.id(), now, deadline);
            a = repo.attempt(a.id(), user.id()).orElseThrow();
        }
        return closeIfExpired(a);
    }

    /**
     * The test/dev clock override first, then an assignment's limit, then the open design round's 45
     * minutes, then the question's own minutes.
     */
    public Duration limitFor(Attempt a, User user) {
        Duration base = rules.clockOverride()
                .or(() -> repo.drill(a.drillId(), user.id()).map(Drill::assignmentId).flatMap(assigned::timeLimit))
                .or(() -> repo.drill(a.drillId(), user.id()).filter(d -> d.mode() == DrillMode.OPEN)
                        .map(d -> DrillMode.OPEN_ROUND_LIMIT))
                .orElseGet(() -> Duration.ofMinutes(
                        repo.snapshot(a.questionId(), a.questionVersion()).map(AnsweredQuestion::minutes).orElse(5)));
        BigDecimal ms = new BigDecimal(base.toMillis()).multiply(user.timeMultiplier());
        return Duration.ofMillis(ms.longValue());
    }

    public SaveResult save(Attempt a, User user, String text) {
        if (text == null) {
            text = "";
        }
        if (text.length() > rules.maxAnswerChars()) {
            return new SaveResult.TooLong(text.length(), rules.maxAnswerChars());
        }
        if (!a.started()) {
            return new SaveResult.Closed("This question has not been opened yet.");
        }
        Instant now = clock.instant();
        Optional<Integer> rev = repo.saveDraft(a.id(), user.id(), text, now, now.minus(rules.grace()));
        if (rev.isPresent()) {
            return new SaveResult.Saved(rev.get(), now);
        }
        return refused(a);
    }

    /**
     * The autosave by attempt id: one UPDATE when the attempt is open, which is nearly every save
     * (a save every 3 s per learner is the busiest request there is). The attempt is read only when
     * the save is refused, to say why; empty when it is not this learner's (the caller's 404).
     */
    public Optional<SaveResult> save(long attemptId, User user, String text) {
        if (text.length() > rules.maxAnswerChars()) {
            return repo.attempt(attemptId, user.id()).map(a -> save(a, user, text));
        }
        Instant now = clock.instant();
        Optional<Integer> rev = repo.saveDraft(attemptId, user.id(), text, now, now.minus(rules.grace()));
        if (rev.isPresent()) {
            return Optional.of(new SaveResult.Saved(rev.get(), now));
        }
        return repo.attempt(attemptId, user.id()).map(a -> a.started() ? refused(a)
                : new SaveResult.Closed("This question has not been opened yet."));
    }

    /** A save of an opened attempt was refused: it is submitted, or its time (and grace) ran out, which closes it now. */
    private SaveResult refused(Attempt a) {
        closeIfExpired(a);
        return new SaveResult.Closed(a.submitted() ? "This answer is already submitted; your saved text is kept."
                : "Time is up: the answer was submitted with your last saved draft.");
    }

    /**
     * Submits with the given final text if it arrives in time; later, the stored draft stands.
     * Idempotent: a second submit (double click, second tab) changes nothing.
     */
    public SaveResult submit(Attempt a, User user, String text) {
        long attemptId = a.id();
        if (text != null && text.length() > rules.maxAnswerChars()) {
            return new SaveResult.TooLong(text.length(), rules.maxAnswerChars());
        }
        if (a.submitted()) {
            return new SaveResult.Saved(a.draftRevision(), a.submittedAt());
        }
        if (!a.started()) {
            return new SaveResult.Closed("This question has not been opened yet.");
        }
        Instant now = clock.instant();
        boolean inTime = !a.timed() || !now.isAfter(a.deadlineAt().plus(rules.grace()));
        boolean late = a.timed() && now.isAfter(a.deadlineAt());
        String reason = late ? AT_TIME_LIMIT : BY_LEARNER;
        Instant at = late && !inTime ? a.deadlineAt().plus(rules.grace()) : now;
        if (repo.submit(attemptId, user.id(), inTime ? text : null, at, reason)) {
            // In a drill with follow-ups the interviewer pushes back first; grading waits for the thread.
            boolean probing = threads != null && repo.drill(a.drillId(), user.id())
                    .flatMap(d -> repo.attempt(attemptId, user.id()).map(done -> threads.begin(done, d, user)))
                    .orElse(false);
            if (!probing) {
                announce(attemptId, user.id());
            }
        }
        return new SaveResult.Saved(a.draftRevision() + 1, at);
    }

    /** An attempt past deadline + grace is submitted at the time limit with what was last saved. */
    Attempt closeIfExpired(Attempt a) {
        if (a.submitted() || !a.timed()) {
            return a;
        }
        Instant cutoff = a.deadlineAt().plus(rules.grace());
        if (clock.instant().isAfter(cutoff)) {
            if (repo.submit(a.id(), a.userId(), null, cutoff, AT_TIME_LIMIT)) {
                announce(a.id(), a.userId());
            }
            return repo.attempt(a.id(), a.userId()).orElseThrow();
        }
        return a;
    }

    /** A blank answer is a skip: grading it would only put "Not addressed" against the learner. */
    private void announce(long attemptId, long userId) {
        if (repo.attempt(attemptId, userId).map(Attempt::skipped).orElse(false)) {
            return;
        }
        listeners.forEach(l -> l.submitted(attemptId));
    }

    /** Closes every attempt whose time ran out unattended (closed tab, lost connection). */
    public int closeExpired() {
        List<Attempt> expired = repo.expiredUnsubmitted(clock.instant().minus(rules.grace()));
        expired.forEach(this::closeIfExpired);
        return expired.size();
    }

    public Clock clock() {
        return clock;
    }

    public DrillRules rules() {
        return rules;
    }
}
