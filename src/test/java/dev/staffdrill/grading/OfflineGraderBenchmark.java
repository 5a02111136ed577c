package dev.staffdrill.grading;

import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.offline.OfflineGrader;

import java.util.Arrays;
import java.util.Locale;

/**
 * Offline grading time for 400- and 1,500-word answers (target: median under 5 ms), with the
 * relevance check against the real bank and the guidance points, plus resident memory after 200
 * grades. Not a unit test: run by hand, see the class comment in LlmGradingBenchmark for the
 * command line.
 */
public final class OfflineGraderBenchmark {
    private OfflineGraderBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        dev.staffdrill.content.ContentBank bank = dev.staffdrill.content.ContentLoader.load(java.nio.file.Path.of("content"));
        Question question = bank.question("14-fu-slow-replica-not-dead").orElseThrow();
        OfflineGrader grader = new OfflineGrader(new dev.staffdrill.grading.offline.Relevance(() -> bank));
        System.out.println("RSS before grading: " + rss());
        for (int i = 0; i < 200; i++) {
            grader.grade(bank.rubric(), question, answerOfWords(400 + i));
        }
        System.out.println("RSS after 200 grades: " + rss());
        for (int words : new int[]{400, 1500}) {
            run(bank.rubric(), question, answerOfWords(words), grader, runs);
        }
    }

    private static String rss() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/status")).lines()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("?").replaceAll("\\s+", " ");
    }

    private static void run(Rubric rubric, Question question, String answer, OfflineGrader grader, int runs) {
        int warmup = 2_000;
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
