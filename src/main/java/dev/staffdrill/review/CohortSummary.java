package dev.staffdrill.review;

import dev.staffdrill.cohort.Assignment;
import dev.staffdrill.cohort.Completion;
import dev.staffdrill.cohort.Member;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.review.ViewPages.AssignmentProgress;
import dev.staffdrill.review.ViewPages.HeatCell;
import dev.staffdrill.review.ViewPages.HeatRow;
import dev.staffdrill.review.ViewPages.QuestionCell;
import dev.staffdrill.review.ViewPages.QuestionRow;
import dev.staffdrill.review.ViewPages.SignalRow;
import dev.staffdrill.web.ViewerZone;

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
        Map<Long, Tally[]> byLearner = new HashMap<>();
        for (AttemptResult r : results) {
            Tally[] t = byLearner.computeIfAbsent(r.userId(), k -> tallies());
            r.levels().forEach((d, l) -> {
                int i = dims.indexOf(d);
                if (i >= 0) {
                    t[i].add(l);
                }
            });
        }
        Map<Long, Integer> done = doneByLearner();
        Map<Long, Double> key = new HashMap<>();
        List<HeatRow> rows = new ArrayList<>();
        for (Member m : members) {
            Tally[] t = byLearner.getOrDefault(m.userId(), tallies());
            List<HeatCell> cells = new ArrayList<>(dims.size());
            Tally all = new Tally();
            for (int i = 0; i < dims.size(); i++) {
                cells.add(cell(dims.get(i), t[i]));
                all.addAll(t[i]);
            }
            rows.add(new HeatRow(m.userId(), m.displayName(), cells, done.getOrDefault(m.userId(), 0), assignments.size()));
            key.put(m.userId(), dims.contains(sort) ? t[dims.indexOf(sort)].rank() : all.rank());
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

    private Tally[] tallies() {
        Tally[] t = new Tally[dims.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = new Tally();
        }
        return t;
    }

    private static HeatCell cell(String dim, Tally t) {
        return t.typical().map(l -> new HeatCell(dim, l.key(), l.label(), t.size()))
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

    /** Completion per assignment, due dates shown in the viewer's {@code zone}. */
    List<AssignmentProgress> progress(java.time.ZoneId zone) {
        Map<Long, List<Completion>> by = new HashMap<>();
        completions.forEach(c -> by.computeIfAbsent(c.assignmentId(), k -> new ArrayList<>()).add(c));
        return assignments.stream().map(a -> {
            List<Completion> cs = by.getOrDefault(a.id(), List.of());
            return new AssignmentProgress(a.id(), a.title(), a.dueAt() == null ? "no due date" : ViewerZone.when(a.dueAt(), zone),
                    (int) cs.stream().filter(c -> c.status(a).done()).count(),
                    (int) cs.stream().filter(c -> c.late(a)).count(), cs.size(), members.size());
        }).toList();
    }

    /** One row per (assignment, question) with submitted work, in assignment then question order. */
    List<QuestionRow> questions() {
        record Key(long assignmentId, int position, String questionId) {
        }
        record Group(Tally[] tallies, int[] counts) { // counts: submitted, graded, flagged
        }
        Map<Key, Group> groups = new java.util.TreeMap<>(Comparator.comparingLong(Key::assignmentId)
                .thenComparingInt(Key::position).thenComparing(Key::questionId));
        for (AttemptResult r : results) {
            Group g = groups.computeIfAbsent(new Key(r.assignmentId(), r.position(), r.questionId()),
                    k -> new Group(tallies(), new int[3]));
            g.counts()[0]++;
            g.counts()[1] += r.graded() ? 1 : 0;
            g.counts()[2] += r.flags().isEmpty() ? 0 : 1;
            r.levels().forEach((d, l) -> {
                int i = dims.indexOf(d);
                if (i >= 0) {
                    g.tallies()[i].add(l);
                }
            });
        }
        Map<Long, Assignment> assignmentsById = byId();
        List<QuestionRow> rows = new ArrayList<>();
        groups.forEach((k, g) -> {
            List<QuestionCell> cells = new ArrayList<>(dims.size());
            for (int i = 0; i < dims.size(); i++) {
                Tally t = g.tallies()[i];
                String d = dims.get(i);
                cells.add(t.typical().map(l -> new QuestionCell(d, l.key(), l.label(), t.spread()))
                        .orElse(new QuestionCell(d, "none", "–", "")));
            }
            Assignment a = assignmentsById.get(k.assignmentId());
            rows.add(new QuestionRow(k.assignmentId(), a == null ? "" : a.title(), k.questionId(),
                    bank.question(k.questionId()).map(q -> q.title()).orElse(k.questionId()), g.counts()[0],
                    g.counts()[1], g.counts()[2], cells));
        });
        return rows;
    }

    private Map<Long, Assignment> byId() {
        Map<Long, Assignment> m = new HashMap<>();
        assignments.forEach(a -> m.put(a.id(), a));
        return m;
    }
}
