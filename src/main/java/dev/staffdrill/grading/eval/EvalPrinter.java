package dev.staffdrill.grading.eval;

import java.io.PrintWriter;
import java.util.Locale;

/** The eval report as a person reads it. */
public final class EvalPrinter {
    private EvalPrinter() {
    }

    public static void print(PrintWriter out, EvalReport r) {
        out.println("Grader:            " + r.grader());
        out.println("Answers:           " + r.answers() + " (" + r.pairs() + " answer-dimension pairs)");
        out.printf(Locale.ROOT, "Exact agreement:   %.0f%%%n", 100 * r.exactAgreement());
        out.printf(Locale.ROOT, "Mean abs. error:   %.2f levels%n", r.meanAbsoluteError());
        out.printf(Locale.ROOT, "Spearman rho:      %.2f (summed levels over all answers)%n", r.spearman());
        out.println();
        out.println("Ordering checks (per question):");
        for (EvalReport.Check c : r.checks()) {
            out.printf(Locale.ROOT, "  %-32s %d of %d%s%n", c.name(), c.held(), c.of(),
                    c.failedOn().isEmpty() ? "" : "   failed on: " + String.join(", ", c.failedOn()));
        }
        out.println();
        out.println("Worst disagreements (labelled → graded):");
        if (r.worst().isEmpty()) {
            out.println("  none");
        }
        for (EvalReport.Row w : r.worst()) {
            StringBuilder dims = new StringBuilder();
            w.labelled().forEach((d, l) -> dims.append(' ').append(d).append(' ').append(short_(l)).append("→")
                    .append(short_(w.graded().get(d))));
            out.println("  " + w.questionId() + "/" + w.file() + " [" + w.kind() + "]" + dims
                    + (w.flags().isEmpty() ? "" : "  flags: " + String.join(", ", w.flags())));
        }
    }

    private static String short_(String level) {
        return switch (level) {
            case "NOT_ADDRESSED" -> "N";
            case "WEAK" -> "W";
            case "MODERATE" -> "M";
            case "STRONG" -> "S";
            default -> level;
        };
    }
}
