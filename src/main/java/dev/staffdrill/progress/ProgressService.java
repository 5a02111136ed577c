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

    /** Reviews due by the end of today (UTC), most overdue first, for questions still in the bank. */
    public List<ReviewSchedule.Item> dueToday(Map<String, ReviewSchedule.Item> items) {
        ContentBank bank = content.bank();
        Instant endOfDay = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return items.values().stream().filter(i -> i.dueBy(endOfDay) && bank.question(i.questionId()).isPresent())
                .sorted(Comparator.comparing(ReviewSchedule.Item::due)).toList();
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
