package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Chooses a gap drill. In order: due reviews that target a weak dimension (weakest first, then the
 * most forgotten), unseen questions on weak dimensions, other due reviews, other unseen questions,
 * then the rest by how much has been forgotten. Never the question answered last, nor any
 * question of the last drill, unless nothing else is left.
 */
public final class GapSelector {
    /** A dimension without data ranks between Weak and Moderate: worth probing, after real gaps. */
    static final double NO_DATA_SCORE = 1.25;

    /** A question that may be drilled, in bank order. */
    public record Candidate(String questionId, List<String> dimensions) {
    }

    /** What the choice depends on; {@code dimensionScores} holds only dimensions with data. */
    public record Input(List<Candidate> questions, Map<String, ReviewSchedule.Item> schedule,
                        Map<String, Double> dimensionScores, Set<String> lastDrill, String lastQuestion,
                        ToDoubleFunction<ReviewSchedule.Item> retrievability, Instant now) {
    }

    private GapSelector() {
    }

    public static List<String> pick(Input in, int count) {
        List<String> picked = ranked(in, q -> !in.lastDrill().contains(q.questionId())
                && !q.questionId().equals(in.lastQuestion()));
        if (picked.isEmpty()) { // a tiny bank: repeat the last drill rather than nothing, but still not the last question
            picked = ranked(in, q -> !q.questionId().equals(in.lastQuestion()));
        }
        return picked.subList(0, Math.min(count, picked.size()));
    }

    private static List<String> ranked(Input in, Predicate<Candidate> allowed) {
        List<Candidate> pool = in.questions().stream().filter(allowed).toList();
        Comparator<Candidate> weakestFirst = Comparator.comparingDouble(q -> weakness(in, q));
        Comparator<Candidate> mostForgotten = Comparator.comparingDouble(q -> in.retrievability().applyAsDouble(item(in, q)));
        LinkedHashSet<String> out = new LinkedHashSet<>();
        addAll(out, pool, q -> due(in, q) && weak(in, q), weakestFirst.thenComparing(mostForgotten));
        addAll(out, pool, q -> unseen(in, q) && weak(in, q), weakestFirst);
        addAll(out, pool, q -> due(in, q), mostForgotten);
        addAll(out, pool, q -> unseen(in, q), weakestFirst);
        addAll(out, pool, q -> !unseen(in, q), mostForgotten);
        return new ArrayList<>(out);
    }

    private static void addAll(Set<String> out, List<Candidate> pool, Predicate<Candidate> tier,
                               Comparator<Candidate> order) {
        pool.stream().filter(tier).sorted(order).forEach(q -> out.add(q.questionId())); // stable: ties keep bank order
    }

    static double score(Input in, String dimension) {
        return in.dimensionScores().getOrDefault(dimension, NO_DATA_SCORE);
    }

    /** The score of the question's weakest target dimension. */
    static double weakness(Input in, Candidate q) {
        return q.dimensions().stream().mapToDouble(d -> score(in, d)).min().orElse(3);
    }

    /** Targets at least one dimension that is not yet Strong (or has no data). */
    static boolean weak(Input in, Candidate q) {
        return q.dimensions().stream().anyMatch(d -> Recency.level(score(in, d)) != Level.STRONG);
    }

    private static boolean unseen(Input in, Candidate q) {
        return !in.schedule().containsKey(q.questionId());
    }

    private static boolean due(Input in, Candidate q) {
        ReviewSchedule.Item item = item(in, q);
        return item != null && item.dueBy(in.now());
    }

    private static ReviewSchedule.Item item(Input in, Candidate q) {
        return in.schedule().get(q.questionId());
    }
}
