package dev.staffdrill.cohort;

import dev.staffdrill.cohort.ViewPages.AssignmentProgress;
import dev.staffdrill.cohort.ViewPages.HeatCell;
import dev.staffdrill.cohort.ViewPages.HeatRow;
import dev.staffdrill.cohort.ViewPages.QuestionCell;
import dev.staffdrill.cohort.ViewPages.QuestionRow;
import dev.staffdrill.cohort.ViewPages.SignalRow;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a cohort's results into the overview's tables. Pure: no database, so it is tested directly. */
final class CohortSummary {
    private final List<Member> members;
    private final List<Assignment> assignments;
    private final List<Completion> completions;
    private final List<AttemptResult> results;
    private final ContentBank bank;
    private final List<String> dims;

    CohortSummary(List<Member> members, List<Assignment> assignments, List<Completion> completions,
                  List<AttemptResult> results, ContentBank bank) {
        this.members = members;
        this.assignments = assignments;
        this.completions = completions;
        this.results = results;
        this.bank = bank;
        this.dims = bank.rubric().dimensionIds();
    }

    /** Learners × dimensions; {@code sort} is "name", "weakest", "completion" or a dimension id (weakest first). */
    List<HeatRow> heatmap(String sort) {
        Map<Long, Map<String, List<Level>>> byLearner = new HashMap<>();
        for (AttemptResult r : results) {
            r.levels().forEach((d, l) -> byLearner.computeIfAbsent(r.userId(), k -> new HashMap<>())
                    .computeIfAbsent(d, k -> new ArrayList<>()).add(l));
        }
        Map<Long, Integer> done = doneByLearner();
        Map<Long, Double> key = new HashMap<>();
        List<HeatRow> rows = new ArrayList<>();
        for (Member m : members) {
            Map<String, List<Level>> mine = byLearner.getOrDefault(m.userId(), Map.of());
            List<HeatCell> cells = dims.stream().map(d -> cell(d, mine.getOrDefault(d, List.of()))).toList();
            rows.add(new HeatRow(m.userId(), m.displayName(), cells, done.getOrDefault(m.userId(), 0), assignments.size()));
            List<Level> all = sort.length() == 1 ? mine.getOrDefault(sort, List.of())
                    : mine.values().stream().flatMap(List::stream).toList();
            key.put(m.userId(), Levels.rank(all));
        }
        Comparator<HeatRow> byName = Comparator.comparing(HeatRow::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(HeatRow::userId);
        Comparator<HeatRow> order = switch (sort) {
            case "completion" -> Comparator.comparingInt(HeatRow::done).thenComparing(byName);
            case "name" -> byName;
            default -> Comparator.<HeatRow>comparingDouble(r -> key.get(r.userId())).thenComparing(byName);
        };
        rows.sort(order);
        return rows;
    }

    private static HeatCell cell(String dim, List<Level> levels) {
        return Levels.typical(levels).map(l -> new HeatCell(dim, l.key(), l.label(), levels.size()))
                .orElse(new HeatCell(dim, "none", "–", 0));
    }

    private Map<Long, Integer> doneByLearner() {
        Map<Long, Assignment> byId = byId();
        Map<Long, Integer> done = new HashMap<>();
        for (Completion c : completions) {
            Assignment a = byId.get(c.assignmentId());
            if (a != null && c.status(a).done()) {
                done.merge(c.userId(), 1, Integer::sum);
            }
        }
        return done;
    }

    /** The signals most often missing from graded answers, as a share of answers graded on their dimension. */
    List<SignalRow> missingSignals(int limit) {
        Map<String, Integer> missing = new HashMap<>();
        Map<String, Integer> gradedOn = new HashMap<>();
        for (AttemptResult r : results) {
            r.auto().keySet().forEach(d -> gradedOn.merge(d, 1, Integer::sum));
            r.missingSignals().values().forEach(ids -> ids.forEach(id -> missing.merge(id, 1, Integer::sum)));
        }
        Rubric rubric = bank.rubric();
        return missing.entrySet().stream()
                .map(e -> {
                    var s = rubric.signal(e.getKey());
                    String dim = s.map(Rubric.Signal::dimension).orElse("");
                    int of = Math.max(e.getValue(), gradedOn.getOrDefault(dim, 0));
                    return new SignalRow(s.map(Rubric.Signal::name).orElse(e.getKey()),
                            rubric.dimension(dim).map(Rubric.Dimension::label).orElse(dim), e.getValue(), of,
                            (int) Math.round(100.0 * e.getValue() / of));
                })
                .sorted(Comparator.comparingInt(SignalRow::missing).reversed().thenComparing(SignalRow::name))
                .limit(limit).toList();
    }

    List<AssignmentProgress> progress() {
        Map<Long, List<Completion>> by = new HashMap<>();
        completions.forEach(c -> by.computeIfAbsent(c.assignmentId(), k -> new ArrayList<>()).add(c));
        return assignments.stream().map(a -> {
            List<Completion> cs = by.getOrDefault(a.id(), List.of());
            return new AssignmentProgress(a.id(), a.title(), a.dueAt() == null ? "no due date" : Forms.when(a.dueAt()),
                    (int) cs.stream().filter(c -> c.status(a).done()).count(),
                    (int) cs.stream().filter(c -> c.status(a) == AssignmentStatus.LATE).count(), cs.size(), members.size());
        }).toList();
    }

    /** One row per (assignment, question) with submitted work, in assignment then question order. */
    List<QuestionRow> questions() {
        Map<Long, Assignment> assignmentsById = byId();
        Map<String, List<AttemptResult>> groups = new LinkedHashMap<>();
        results.stream().sorted(Comparator.comparingLong(AttemptResult::assignmentId).thenComparingInt(AttemptResult::position))
                .forEach(r -> groups.computeIfAbsent(r.assignmentId() + "|" + r.questionId(), k -> new ArrayList<>()).add(r));
        List<QuestionRow> rows = new ArrayList<>();
        for (List<AttemptResult> g : groups.values()) {
            AttemptResult first = g.get(0);
            List<QuestionCell> cells = dims.stream().map(d -> {
                List<Level> ls = g.stream().map(r -> r.levels().get(d)).filter(l -> l != null).toList();
                return Levels.typical(ls).map(l -> new QuestionCell(d, l.key(), l.label(), Levels.spread(ls)))
                        .orElse(new QuestionCell(d, "none", "–", ""));
            }).toList();
            Assignment a = assignmentsById.get(first.assignmentId());
            rows.add(new QuestionRow(first.assignmentId(), a == null ? "" : a.title(), first.questionId(),
                    bank.question(first.questionId()).map(q -> q.title()).orElse(first.questionId()), g.size(),
                    (int) g.stream().filter(AttemptResult::graded).count(),
                    (int) g.stream().filter(r -> !r.flags().isEmpty()).count(), cells));
        }
        return rows;
    }

    private Map<Long, Assignment> byId() {
        Map<Long, Assignment> m = new HashMap<>();
        assignments.forEach(a -> m.put(a.id(), a));
        return m;
    }
}
