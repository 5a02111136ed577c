package dev.staffdrill.grading.eval;

import java.util.List;
import java.util.Map;

/**
 * How a grader agrees with the labels. {@code exactAgreement} and {@code meanAbsoluteError} are over
 * every (answer, dimension) pair; {@code spearman} is the rank correlation of the summed levels over
 * all answers. Each ordering check counts the questions where it holds, out of those that have the
 * answers it compares.
 */
public record EvalReport(String grader, int answers, int pairs, double exactAgreement, double meanAbsoluteError,
                         double spearman, List<Check> checks, List<Row> rows, List<Row> worst) {

    public record Check(String name, int held, int of, List<String> failedOn) {
    }

    /** One graded answer: summed levels (labelled and graded), per-dimension levels, and the flags raised. */
    public record Row(String questionId, String file, String kind, int labelledSum, int gradedSum,
                      Map<String, String> labelled, Map<String, String> graded, List<String> flags,
                      Map<String, List<String>> signalsFound) {
        public int distance() {
            int d = 0;
            for (Map.Entry<String, String> e : labelled.entrySet()) {
                d += Math.abs(ordinal(e.getValue()) - ordinal(graded.getOrDefault(e.getKey(), "NOT_ADDRESSED")));
            }
            return d;
        }

        private static int ordinal(String level) {
            return dev.staffdrill.content.Level.valueOf(level).ordinal();
        }
    }
}
