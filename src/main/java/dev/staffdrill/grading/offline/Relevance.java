package dev.staffdrill.grading.offline;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Question;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether an answer addresses the question it was given, judged against the whole bank: the
 * answer is compared (TF-IDF cosine, see {@link BankIndex}) with this question's prompt, guidance
 * and model answer, and with every other question's. An answer that sits clearly closer to other
 * questions than to its own reads as an answer to another question.
 *
 * <p>Lexical, not embeddings: on the labelled set it separated on- from off-topic answers as well
 * as the MiniLM embeddings did, in well under a millisecond, with no model to load and nothing
 * added to the jar (the README's grading section has the numbers). The index is built on first
 * use, never at start-up, and again only when the bank is reloaded.
 */
public final class Relevance {
    /** Off-topic when at least this many other questions are closer than the answer's own. */
    static final int MAX_CLOSER = 2;
    /** ... and the closest other question beats the own one by this factor. */
    static final double MARGIN = 1.25;
    /** Too few meaningful words to judge: a short answer is never called off-topic. */
    static final int MIN_TERMS = 25;

    private final Supplier<ContentBank> bank;
    private volatile Built built;

    private record Built(ContentBank bank, BankIndex index) {
    }

    /** What the comparison found: the own question's similarity, how many others beat it, the closest other. */
    public record Verdict(boolean offTopic, double ownSimilarity, int closerQuestions, String closestOther,
                          double closestSimilarity) {
    }

    public Relevance(Supplier<ContentBank> bank) {
        this.bank = bank;
    }

    /** No bank to compare with (a test, or a question typed in): relevance is not judged. */
    public static Relevance none() {
        return new Relevance(() -> null);
    }

    /** The comparison for {@code answer} given to {@code question}; empty without a bank or for a very short answer. */
    public Optional<Verdict> verdict(Question question, String answer) {
        return check(question, answer);
    }

    Optional<Verdict> check(Question question, String answer) {
        BankIndex index = index();
        if (index == null || index.size() < 3 || Terms.of(answer).size() < MIN_TERMS) {
            return Optional.empty();
        }
        Map<String, Double> a = index.vector(answer);
        double own = BankIndex.cosine(a, index.vector(BankIndex.document(question)));
        int closer = 0;
        String best = "";
        double bestSim = -1;
        for (int i = 0; i < index.size(); i++) {
            Question other = index.questions().get(i);
            if (other.id().equals(question.id())) {
                continue;
            }
            double s = BankIndex.cosine(a, index.vectorOf(i));
            if (s > own) {
                closer++;
            }
            if (s > bestSim) {
                bestSim = s;
                best = other.id();
            }
        }
        boolean off = closer >= MAX_CLOSER && bestSim > own * MARGIN;
        return Optional.of(new Verdict(off, own, closer, best, bestSim));
    }

    /** The bank's IDF, for weighing guidance terms; null without a bank. */
    BankIndex index() {
        ContentBank b = bank.get();
        if (b == null) {
            return null;
        }
        Built cur = built;
        if (cur == null || cur.bank() != b) {
            synchronized (this) {
                cur = built;
                if (cur == null || cur.bank() != b) {
                    cur = new Built(b, BankIndex.of(b.questions()));
                    built = cur;
                }
            }
        }
        return cur.index();
    }
}
