package dev.staffdrill.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Rubric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a learner's progress views from their graded history. One {@link #load} reads the
 * current levels once; each view is then computed in memory by the pure classes of this package.
 */
public final class ProgressService {
    private final ProgressRepository repo;
    private final ContentStore content;
    private final Clock clock;
    private final Recency recency;
    private final ReviewSchedule schedule;
    private final GradeSignals signals;

    public ProgressService(ProgressRepository repo, ContentStore content, Clock clock, ObjectMapper json) {
        this.repo = repo;
        this.content = content;
        this.clock = clock;
        this.recency = Recency.DEFAULT;
        this.schedule = new ReviewSchedule(Fsrs.standard());
        this.signals = new GradeSignals(json);
    }

    /** A learner's current levels, oldest first. */
    public record Loaded(long userId, List<Observation> observations) {
    }

    public Loaded load(long userId) {
        ProgressRepository.Levels levels = repo.levels(userId);
        return new Loaded(userId, CurrentLevels.resolve(levels.grades(), levels.overrides()));
    }

    public Recency recency() {
        return recency;
    }

    public Instant now() {
        return clock.instant();
    }

    public List<Scorecard.Dimension> dimensions() {
        return content.bank().rubric().dimensions().stream()
                .map(d -> new Scorecard.Dimension(d.id(), d.label())).toList();
    }

    public Scorecard scorecard(Loaded l) {
        List<Scorecard.Column> chapters = content.bank().chapters().stream()
                .map(c -> new Scorecard.Column(c.number(), "Ch " + c.number())).toList();
        return Scorecard.build(l.observations(), chapters, dimensions(), recency);
    }

    /** The checklist over each dimension's newest answers; reads only their grade JSON. */
    public List<SignalChecklist.Row> signals(Loaded l) {
        Rubric rubric = content.bank().rubric();
        Map<String, List<Observation>> byDimension = new LinkedHashMap<>();
        for (int i = l.observations().size() - 1; i >= 0; i--) {
            Observation o = l.observations().get(i);
            List<Observation> list = byDimension.computeIfAbsent(o.dimension(), k -> new ArrayList<>());
            if (list.size() < SignalChecklist.WINDOW) {
                list.add(o);
            }
        }
        Set<Long> attempts = new HashSet<>();
        byDimension.values().forEach(list -> list.forEach(o -> attempts.add(o.attemptId())));
        Map<Long, String> json = repo.currentGradeJson(l.userId(), attempts);
        Map<Long, Map<String, Set<String>>> found = new HashMap<>();
        json.forEach((id, j) -> found.put(id, signals.found(j)));
        List<SignalChecklist.Answer> answers = new ArrayList<>();
        byDimension.values().forEach(list -> list.forEach(o -> {
            Map<String, Set<String>> f = found.get(o.attemptId());
            if (f != null && f.containsKey(o.dimension())) { // an override-only level has no signals to count
                answers.add(new SignalChecklist.Answer(o.attemptId(), o.at(), o.dimension(), f.get(o.dimension())));
            }
        }));
        return SignalChecklist.build(answers, rubric);
    }

    public List<Calibration.Row> calibration(Loaded l) {
        return Calibration.build(l.observations(), repo.selfRatings(l.userId()), dimensions());
    }

    public Map<String, ReviewSchedule.Item> schedule(Loaded l) {
        return schedule.build(l.observations());
    }

    public double retrievability(ReviewSchedule.Item item) {
        return schedule.retrievability(item, clock.instant());
    }

    /** A skipped question comes back this soon: it was never answered, so there is nothing to space. */
    static final Duration SKIPPED_AGAIN = Duration.ofDays(1);

    /** One question to review: from the schedule, or skipped (blank, never graded) since its last graded answer. */
    public record Review(String questionId, Instant due, String lastLevel, boolean skipped) {
    }

    /**
     * Every review in the bank due before {@code until}, soonest first: the schedule's items plus
     * the questions skipped after their last graded answer (due {@link #SKIPPED_AGAIN} after the skip).
     */
    public List<Review> reviews(Loaded l, Map<String, ReviewSchedule.Item> items, Instant until) {
        ContentBank bank = content.bank();
        Map<String, Review> out = new LinkedHashMap<>();
        items.values().forEach(i -> out.put(i.questionId(), new Review(i.questionId(), i.due(), i.lastLevel().label(), false)));
        repo.lastSkipped(l.userId()).forEach((q, at) -> {
            ReviewSchedule.Item i = items.get(q);
            if (i == null || at.isAfter(i.lastReview())) {
                out.put(q, new Review(q, at.plus(SKIPPED_AGAIN), "skipped", true));
            }
        });
        return out.values().stream().filter(r -> r.due().isBefore(until) && bank.question(r.questionId()).isPresent())
                .sorted(Comparator.comparing(Review::due)).toList();
    }

    /** The end of today (UTC): what is due before it is "due today". */
    public Instant endOfToday() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Activity activity(long userId) {
        Instant now = clock.instant();
        return Activity.of(repo.submissions(userId, now.minus(Duration.ofDays(400))), now.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** The next gap drill: see {@link GapSelector}. Follow-ups only, so that it stays a short drill. */
    public List<String> gapDrill(Loaded l, Map<String, ReviewSchedule.Item> items, Scorecard card, int count) {
        Map<String, Double> scores = new HashMap<>();
        card.rows().stream().filter(r -> r.overall().hasData())
                .forEach(r -> scores.put(r.dimension().id(), r.overall().score()));
        List<GapSelector.Candidate> questions = content.bank().questions().stream().filter(q -> q.kind().followUp())
                .map(q -> new GapSelector.Candidate(q.id(), q.dimensions())).toList();
        Instant now = clock.instant();
        return GapSelector.pick(new GapSelector.Input(questions, items, scores,
                new HashSet<>(repo.lastDrillQuestions(l.userId())), repo.lastQuestion(l.userId()).orElse(null),
                i -> schedule.retrievability(i, now), now), count);
    }

    public ContentBank bank() {
        return content.bank();
    }

    /** attempt id → the title of the question version the learner answered. */
    public Map<Long, String> attemptTitles(long userId) {
        return repo.titles(userId);
    }

    /** For this package's readers (the exports); controllers go through the methods above. */
    ProgressRepository repo() {
        return repo;
    }
}
