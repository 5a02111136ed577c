package dev.staffdrill.design;

import dev.staffdrill.account.User;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.OpenRound;
import dev.staffdrill.content.Question;
import dev.staffdrill.drill.Attempt;
import dev.staffdrill.drill.Drill;
import dev.staffdrill.drill.DrillMode;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.DrillService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The open design round: a one-attempt drill whose item withholds its numbers. Everything about the
 * answer (clock, drafts, submit, grading) is the drill loop's; this adds picking a round, its facts
 * as answered, and the asks. Every method takes the learner and finds the attempt by their id, so
 * another learner's round is "not found" (empty, or {@link AskResult#NOT_FOUND}).
 */
public final class OpenRoundService {
    private final OpenRoundRepository rounds;
    private final DrillReads drills;
    private final DrillService drillService;
    private final ContentStore content;
    private final Random random = new Random();

    public OpenRoundService(OpenRoundRepository rounds, DrillReads drills, DrillService drillService,
                            ContentStore content) {
        this.rounds = rounds;
        this.drills = drills;
        this.drillService = drillService;
        this.content = content;
    }

    /** A learner's open round: the drill, its one attempt, the round as answered and the asks so far. */
    public record Round(Drill drill, Attempt attempt, OpenRound round, List<OpenRoundRepository.Ask> asks) {
        public boolean asked(String factId) {
            return asks.stream().anyMatch(a -> a.factId().equals(factId));
        }
    }

    /** What came of an ask. */
    public enum AskResult { RECORDED, ALREADY_ASKED, UNKNOWN_FACT, CLOSED, NOT_FOUND }

    /** What came of a start: the new drill, or why there is none. */
    public sealed interface Start {
        record Started(long drillId) implements Start {
        }

        record Refused(String why) implements Start {
        }
    }

    /**
     * Starts a round in {@code chapter} (0: any). Items the learner has not answered come first: their
     * ordinary prompt, numbers and all, is one they have not read yet.
     */
    public Start start(User user, int chapter, boolean timed) {
        ContentBank bank = content.bank();
        if (chapter > 0 && bank.chapter(chapter).isEmpty()) {
            return new Start.Refused("There is no chapter " + chapter + ".");
        }
        List<Question> pool = new ArrayList<>(bank.questions().stream()
                .filter(q -> q.open().present() && (chapter <= 0 || q.chapter() == chapter)).toList());
        if (pool.isEmpty()) {
            return new Start.Refused("No open design round matches that choice yet.");
        }
        Collections.shuffle(pool, random);
        Set<String> seen = new HashSet<>(drills.recentQuestionIds(user.id(), 200));
        pool.sort(Comparator.comparing(q -> seen.contains(q.id())));
        Question q = pool.get(0);
        rounds.ensureSnapshot(q); // before the drill: an attempt never exists without its facts
        return new Start.Started(drillService.startOne(user, DrillMode.OPEN, timed,
                "Open design round · " + q.open().title(), q));
    }

    /** The learner's own round, its clock started on first view and closed if time ran out; empty if not theirs. */
    public Optional<Round> open(long attemptId, User user) {
        return find(attemptId, user.id())
                .map(r -> new Round(r.drill(), drillService.open(r.attempt(), user, r.drill().timed()), r.round(), r.asks()));
    }

    /** The learner's own round as it stands, without touching its clock; empty if it is not theirs or not a round. */
    public Optional<Round> find(long attemptId, long userId) {
        Optional<Attempt> a = drills.attempt(attemptId, userId);
        Optional<Drill> d = a.flatMap(x -> drills.drill(x.drillId(), userId)).filter(x -> x.mode() == DrillMode.OPEN);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        return rounds.round(a.get().questionId(), a.get().questionVersion())
                .map(r -> new Round(d.get(), a.get(), r, rounds.asks(attemptId)));
    }

    /**
     * Reveals one fact: records the ask (time, order, and whether any answer text existed yet, counting
     * {@code sentText}, the answer box sent along with the ask). Nothing changes for an unknown fact or
     * a round already submitted; asking again for a fact already shown changes nothing either.
     */
    public AskResult ask(long attemptId, User user, String factId, String sentText) {
        Optional<Round> mine = open(attemptId, user);
        if (mine.isEmpty()) {
            return AskResult.NOT_FOUND;
        }
        Round r = mine.get();
        if (factId == null || r.round().fact(factId.strip()).isEmpty()) {
            return AskResult.UNKNOWN_FACT;
        }
        if (r.attempt().submitted()) {
            return AskResult.CLOSED;
        }
        if (rounds.ask(attemptId, user.id(), factId.strip(), drillService.clock().instant(), sentText)) {
            return AskResult.RECORDED;
        }
        return find(attemptId, user.id()).map(x -> x.attempt().submitted() ? AskResult.CLOSED : AskResult.ALREADY_ASKED)
                .orElse(AskResult.CLOSED);
    }

    public DrillService drills() {
        return drillService;
    }
}
