package dev.staffdrill.grading.eval;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.Grader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Grades every labelled answer with a grader and measures agreement with the labels: exact level
 * agreement, mean absolute error, Spearman's ρ of summed levels, and the ordering checks an L6
 * reviewer expects on each question (textbook L4 below solid L5 below Staff, a keyword-stuffed list
 * below the solid answer, an answer to another question flagged and below Staff).
 */
public final class GraderEval {
    public static final int WORST = 5;

    private GraderEval() {
    }

    public static EvalReport run(Grader grader, ContentBank bank, List<EvalCase> cases) {
        List<EvalReport.Row> rows = new ArrayList<>();
        int pairs = 0;
        int exact = 0;
        int absError = 0;
        for (EvalCase c : cases) {
            Question q = bank.question(c.questionId()).orElseThrow();
            Grade g = grader.grade(bank.rubric(), q, c.answer(), 0);
            Map<String, String> labelled = new LinkedHashMap<>();
            Map<String, String> graded = new LinkedHashMap<>();
            Map<String, List<String>> found = new LinkedHashMap<>();
            int gradedSum = 0;
            for (Map.Entry<String, Level> e : c.labels().entrySet()) {
                Level got = g.dimension(e.getKey()).map(DimensionGrade::level).orElse(Level.NOT_ADDRESSED);
                labelled.put(e.getKey(), e.getValue().name());
                graded.put(e.getKey(), got.name());
                gradedSum += got.ordinal();
                found.put(e.getKey(), g.dimension(e.getKey()).map(DimensionGrade::signalsFound).orElse(List.of()));
                pairs++;
                exact += got == e.getValue() ? 1 : 0;
                absError += Math.abs(got.ordinal() - e.getValue().ordinal());
            }
            rows.add(new EvalReport.Row(c.questionId(), c.file(), c.kind(), c.labelledSum(), gradedSum, labelled,
                    graded, g.flags(), found));
        }
        double rho = spearman(rows.stream().mapToDouble(EvalReport.Row::labelledSum).toArray(),
                rows.stream().mapToDouble(EvalReport.Row::gradedSum).toArray());
        List<EvalReport.Row> worst = rows.stream()
                .sorted(Comparator.comparingInt(EvalReport.Row::distance).reversed()
                        .thenComparing(EvalReport.Row::questionId).thenComparing(EvalReport.Row::file))
                .filter(r -> r.distance() > 0).limit(WORST).toList();
        return new EvalReport(grader.describe(), rows.size(), pairs, pairs == 0 ? 0 : exact / (double) pairs,
                pairs == 0 ? 0 : absError / (double) pairs, rho, checks(rows), rows, worst);
    }

    static List<EvalReport.Check> checks(List<EvalReport.Row> rows) {
        Map<String, Map<String, EvalReport.Row>> byQuestion = new LinkedHashMap<>();
        rows.forEach(r -> byQuestion.computeIfAbsent(r.questionId(), k -> new LinkedHashMap<>()).put(r.kind(), r));
        List<EvalReport.Check> out = new ArrayList<>();
        out.add(check("L4 < L5 < L6 (summed levels)", byQuestion, List.of("l4", "l5", "l6"),
                k -> k.get("l4").gradedSum() < k.get("l5").gradedSum() && k.get("l5").gradedSum() < k.get("l6").gradedSum()));
        out.add(check("stuffed list < L5", byQuestion, List.of("stuffed", "l5"),
                k -> k.get("stuffed").gradedSum() < k.get("l5").gradedSum()));
        out.add(check("off-topic flagged and < L6", byQuestion, List.of("off-topic", "l6"),
                k -> k.get("off-topic").flags().contains(GradeFlag.OFF_TOPIC.name())
                        && k.get("off-topic").gradedSum() < k.get("l6").gradedSum()));
        out.add(check("wrong answer < L6", byQuestion, List.of("wrong", "l6"),
                k -> k.get("wrong").gradedSum() < k.get("l6").gradedSum()));
        return out;
    }

    private static EvalReport.Check check(String name, Map<String, Map<String, EvalReport.Row>> byQuestion,
                                          List<String> kinds, Predicate<Map<String, EvalReport.Row>> holds) {
        int of = 0;
        int held = 0;
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, Map<String, EvalReport.Row>> e : byQuestion.entrySet()) {
            if (!e.getValue().keySet().containsAll(kinds)) {
                continue;
            }
            of++;
            if (holds.test(e.getValue())) {
                held++;
            } else {
                failed.add(e.getKey());
            }
        }
        return new EvalReport.Check(name, held, of, failed);
    }

    /** Spearman's ρ with average ranks for ties; 0 when either side is constant. */
    static double spearman(double[] a, double[] b) {
        if (a.length < 2) {
            return 0;
        }
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = mean(ra);
        double mb = mean(rb);
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < a.length; i++) {
            num += (ra[i] - ma) * (rb[i] - mb);
            da += (ra[i] - ma) * (ra[i] - ma);
            db += (rb[i] - mb) * (rb[i] - mb);
        }
        return da == 0 || db == 0 ? 0 : num / Math.sqrt(da * db);
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[idx[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
