package dev.staffdrill.grading.interview;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Probe;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.drill.Interviewer;
import dev.staffdrill.drill.ThreadTurn;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.offline.OfflineGrader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Picks the authored probe aimed at the weakest signal in what the learner said, from the offline
 * signal check's evidence. In order: a trap the answer walked into (its cue words are there); a
 * signal the answer lacks, weakest dimension first; a signal named without depth in a dimension
 * short of Strong; and, when nothing is missing or thin, a probe on a signal the answer showed,
 * to push it further (an interviewer still pushes a strong answer). A trap probe is asked only when
 * its cue words are in the answer. A signal is probed once per thread.
 */
public final class OfflineInterviewer implements Interviewer {
    private final OfflineGrader check;
    private final Supplier<Rubric> rubric;

    public OfflineInterviewer(OfflineGrader check, Supplier<Rubric> rubric) {
        this.check = check;
        this.rubric = rubric;
    }

    /** Why a probe qualifies, best reason first. */
    private enum Reason { TRAP, MISSING, SHALLOW, DEEPER, LAST_RESORT }

    private record Candidate(Reason reason, Level level, int order, Probe probe) {
    }

    @Override
    public Optional<FollowUp> next(Question question, String learnerText, List<ThreadTurn> asked, long attemptId) {
        return choose(question, learnerText, asked).map(p -> FollowUp.authored(p.signal(), p.when().id(), p.ask()));
    }

    /** The authored probe this thread should ask next, if any is left. */
    public Optional<Probe> choose(Question question, String learnerText, List<ThreadTurn> asked) {
        if (question.probes().isEmpty()) {
            return Optional.empty();
        }
        Rubric r = rubric.get();
        Evidence e = evidence(r, question, learnerText);
        Set<String> probed = new HashSet<>();
        asked.forEach(t -> probed.add(t.signalId()));
        String lower = learnerText.toLowerCase(Locale.ROOT);
        List<Candidate> candidates = new ArrayList<>();
        List<Probe> probes = question.probes();
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            if (probed.contains(p.signal())) {
                continue;
            }
            Optional<Rubric.Signal> signal = r.signal(p.signal());
            Level level = signal.map(s -> e.levels.getOrDefault(s.dimension(), e.weakest)).orElse(e.weakest);
            // A gap id is not a rubric signal: it stands for the item's weakest dimension.
            boolean found = signal.isPresent() ? e.found.contains(p.signal()) : e.weakest.compareTo(Level.MODERATE) >= 0;
            Reason reason = switch (p.when()) {
                case TRAP -> p.cue().stream().anyMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT))) ? Reason.TRAP : null;
                case MISSING -> !found ? Reason.MISSING : Reason.DEEPER; // shown already: still worth pushing deeper
                case SHALLOW -> !found ? Reason.LAST_RESORT : level.compareTo(Level.STRONG) < 0 ? Reason.SHALLOW : Reason.DEEPER;
            };
            if (reason != null) {
                candidates.add(new Candidate(reason, level, i, p));
            }
        }
        return candidates.stream()
                .min(Comparator.comparing(Candidate::reason).thenComparing(Candidate::level).thenComparingInt(Candidate::order))
                .map(Candidate::probe);
    }

    private record Evidence(Set<String> found, Map<String, Level> levels, Level weakest) {
    }

    /**
     * The offline check over the item's dimensions and those of its probes' signals (a probe may
     * test a signal of a dimension the item is not scored on), so every probe's signal is judged.
     */
    private Evidence evidence(Rubric r, Question q, String text) {
        LinkedHashSet<String> dims = new LinkedHashSet<>(q.dimensions());
        q.probes().forEach(p -> r.signal(p.signal()).ifPresent(s -> dims.add(s.dimension())));
        Question wide = new Question(q.id(), q.chapter(), q.related(), q.kind(), q.title(), q.minutes(), List.copyOf(dims),
                q.gaps(), q.prompt(), q.guidance(), q.modelAnswer(), q.version(), q.source(), q.worked(),
                q.weakExample(), q.moderateExample(), q.probes());
        Grade g = check.grade(r, wide, text);
        Set<String> found = new HashSet<>();
        Map<String, Level> levels = new HashMap<>();
        for (DimensionGrade d : g.dimensions()) {
            found.addAll(d.signalsFound());
            levels.put(d.dimension(), d.level());
        }
        Level weakest = q.dimensions().stream().map(d -> levels.getOrDefault(d, Level.NOT_ADDRESSED))
                .min(Comparator.naturalOrder()).orElse(Level.NOT_ADDRESSED);
        return new Evidence(found, levels, weakest);
    }
}
