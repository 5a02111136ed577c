package dev.staffdrill.grading;

import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.offline.OfflineGrader;

import java.util.Arrays;
import java.util.Locale;

/**
 * Offline grading time for a 1,500-word answer (target: median under 5 ms). Not a unit test:
 * run by hand, see the class comment in LlmGradingBenchmark for the command line.
 */
public final class OfflineGraderBenchmark {
    private OfflineGraderBenchmark() {
    }

    public static void main(String[] args) {
        Rubric rubric = GradingFixtures.rubric();
        Question question = GradingFixtures.question();
        String answer = answerOfWords(1500);
        OfflineGrader grader = new OfflineGrader();
        int warmup = 2_000;
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        for (int i = 0; i < warmup; i++) {
            grader.grade(rubric, question, answer);
        }
        // CPU time too: on a shared machine wall time mostly measures who else is running
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            grader.grade(rubric, question, answer);
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "offline grader, %d-word answer (%d chars), %d runs after %d warm-up:%n",
                answer.split("\\s+").length, answer.length(), runs, warmup);
        System.out.printf(Locale.ROOT, "  wall time: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ms(nanos[runs / 2]), ms(nanos[runs * 90 / 100]), ms(nanos[runs * 99 / 100]), ms(nanos[runs - 1]));
        System.out.printf(Locale.ROOT, "  CPU time: median %.2f ms, p99 %.2f ms%n", ms(cpu[runs / 2]),
                ms(cpu[runs * 99 / 100]));
    }

    /** Distinct paragraphs built from the sample answers until the answer reaches {@code words} words. */
    static String answerOfWords(int words) {
        String[] parts = {GradingFixtures.answer("staff"), GradingFixtures.answer("solid"),
                GradingFixtures.answer("generic")};
        StringBuilder sb = new StringBuilder();
        int variant = 0;
        while (sb.toString().split("\\s+").length < words) {
            String p = parts[variant % parts.length];
            int v = ++variant;
            sb.append("Variant ").append(v).append(": ")
                    .append(p.replace(". ", ". In variant " + v + ", ")).append("\n\n");
        }
        String[] w = sb.toString().split(" ");
        return String.join(" ", Arrays.copyOf(w, words));
    }

    private static double ms(long n) {
        return n / 1_000_000.0;
    }
}
