package dev.staffdrill.grading.eval;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Question;
import dev.staffdrill.grading.offline.Relevance;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How well the lexical relevance check separates on- from off-topic answers on the labelled set,
 * and what it costs. Every answer that is not itself off-topic is checked against its own question
 * (should pass) and against each other question of the set (should be flagged). Not a unit test:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.staffdrill.grading.eval.RelevanceBenchmark}, or run the class from an IDE.
 */
public final class RelevanceBenchmark {
    private RelevanceBenchmark() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        ContentBank bank = ContentLoader.load(Path.of("content"));
        Relevance relevance = new Relevance(() -> bank);
        List<EvalCase> cases = EvalSet.load(Path.of("src/test/resources/grading/eval"), bank);
        List<String> ids = cases.stream().map(EvalCase::questionId).distinct().toList();
        long build = System.nanoTime();
        relevance.verdict(bank.question(ids.get(0)).orElseThrow(), cases.get(0).answer());
        long built = System.nanoTime() - build;
        int onTopic = 0;
        int onTopicPassed = 0;
        int ownFirst = 0;
        int offPairs = 0;
        int offFlagged = 0;
        for (EvalCase c : cases) {
            if (c.kind().equals("off-topic")) {
                continue;
            }
            for (String id : ids) {
                Question q = bank.question(id).orElseThrow();
                Relevance.Verdict v = relevance.verdict(q, c.answer()).orElseThrow();
                if (id.equals(c.questionId())) {
                    onTopic++;
                    onTopicPassed += v.offTopic() ? 0 : 1;
                    ownFirst += v.closerQuestions() == 0 ? 1 : 0;
                } else {
                    offPairs++;
                    offFlagged += v.offTopic() ? 1 : 0;
                }
            }
        }
        String answer400 = String.join(" ", java.util.Arrays.copyOf(
                (cases.get(2).answer() + " " + cases.get(3).answer()).split("\\s+"), 400));
        Question q = bank.question(ids.get(0)).orElseThrow();
        int runs = 2000;
        for (int i = 0; i < 500; i++) {
            relevance.verdict(q, answer400);
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            relevance.verdict(q, answer400);
            ns[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "bank: %d questions; index built in %.1f ms (first use, not at start-up)%n",
                bank.questions().size(), built / 1e6);
        System.out.printf(Locale.ROOT, "on-topic answers passed: %d of %d (own question ranked first: %d)%n",
                onTopicPassed, onTopic, ownFirst);
        System.out.printf(Locale.ROOT, "answers checked against another question, flagged: %d of %d%n", offFlagged,
                offPairs);
        System.out.printf(Locale.ROOT, "check of a 400-word answer: p50 %.3f ms, p99 %.3f ms%n", ns[runs / 2] / 1e6,
                ns[runs * 99 / 100] / 1e6);
        System.out.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
