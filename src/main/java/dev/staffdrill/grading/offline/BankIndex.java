package dev.staffdrill.grading.offline;

import dev.staffdrill.content.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of every question in the bank (title, prompt, guidance and model answer), and
 * the inverse document frequencies they share. Built once per bank, in a few milliseconds; an
 * answer is then compared with all of them by cosine similarity.
 */
final class BankIndex {
    private final List<Question> questions;
    private final List<Map<String, Double>> vectors;
    private final Map<String, Double> idf;
    private final double defaultIdf;

    private BankIndex(List<Question> questions, List<Map<String, Double>> vectors, Map<String, Double> idf,
                      double defaultIdf) {
        this.questions = questions;
        this.vectors = vectors;
        this.idf = idf;
        this.defaultIdf = defaultIdf;
    }

    static BankIndex of(List<Question> questions) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Question q : questions) {
            Map<String, Integer> c = counts(document(q));
            counts.add(c);
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = Math.max(1, questions.size());
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, d) -> idf.put(t, Math.log((n + 1.0) / (d + 0.5))));
        double unseen = Math.log((n + 1.0) / 0.5);
        BankIndex partial = new BankIndex(questions, List.of(), idf, unseen);
        List<Map<String, Double>> vectors = counts.stream().map(partial::weigh).toList();
        return new BankIndex(List.copyOf(questions), vectors, idf, unseen);
    }

    static String document(Question q) {
        return q.title() + "\n" + q.prompt() + "\n" + q.guidance() + "\n" + q.modelAnswer();
    }

    List<Question> questions() {
        return questions;
    }

    int size() {
        return questions.size();
    }

    double idf(String term) {
        return idf.getOrDefault(term, defaultIdf);
    }

    Map<String, Double> vector(String text) {
        return weigh(counts(text));
    }

    Map<String, Double> vectorOf(int i) {
        return vectors.get(i);
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> big = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = big.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot; // both are unit vectors
    }

    private Map<String, Double> weigh(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : Terms.of(text)) {
            c.merge(t, 1, Integer::sum);
        }
        return c;
    }
}
