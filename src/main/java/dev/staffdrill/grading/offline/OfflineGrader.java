package dev.staffdrill.grading.offline;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Evidence;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.Grader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline signal check: deterministic, fast, always available. It finds the rubric's signals
 * sentence by sentence and maps the distinct signals per target dimension to a level through the
 * rubric thresholds. It checks for signals, not correctness, and the UI says so.
 */
public final class OfflineGrader implements Grader {
    static final int QUOTE_MAX = 280;
    /** A sentence earns credit for at most this many signals: one line naming everything is stuffing. */
    static final int CREDIT_PER_SENTENCE = 2;
    /** Sentences remembered per signal: one is credited, the others only offer a less contested quote. */
    static final int MAX_CANDIDATES = 4;
    private static final Pattern QUANTITY = Pattern.compile(Vocabulary.QUANTITY);

    private final Clock clock;

    public OfflineGrader() {
        this(Clock.systemUTC());
    }

    public OfflineGrader(Clock clock) {
        this.clock = clock;
    }

    private record Hit(int sentence, int at) {
    }

    @Override
    public Grade grade(Rubric rubric, Question question, String answer, long attemptId) {
        return grade(rubric, question, answer);
    }

    @Override
    public String describe() {
        return "offline signal check (no LLM configured)";
    }

    public Grade grade(Rubric rubric, Question question, String answer) {
        String text = answer == null ? "" : answer;
        List<Sentence> sentences = distinct(Sentences.split(text));
        List<Rubric.Dimension> targets = question.dimensions().stream()
                .map(rubric::dimension).flatMap(Optional::stream).toList();
        Map<String, List<Hit>> candidates = new LinkedHashMap<>();
        Map<String, Hit> touched = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean real = SentenceQuality.real(s);
            for (Rubric.Dimension d : targets) {
                if (!real && touched.containsKey(d.id())) {
                    continue; // a list or fragment can only touch a dimension, and this one is touched
                }
                for (Rubric.Signal sig : d.signals()) {
                    List<Hit> hits = candidates.getOrDefault(sig.id(), List.of());
                    if (real && hits.size() >= MAX_CANDIDATES) {
                        continue;
                    }
                    int at = SignalRules.rule(sig.id()).map(r -> r.find(s.lower())).orElse(-1);
                    if (at >= 0 && real) {
                        candidates.computeIfAbsent(sig.id(), k -> new ArrayList<>()).add(new Hit(i, at));
                    } else if (at >= 0) {
                        touched.putIfAbsent(d.id(), new Hit(i, at));
                    }
                }
                if (!touched.containsKey(d.id())) {
                    int at = TopicWords.find(d.id(), s.lower());
                    if (at >= 0) {
                        touched.put(d.id(), new Hit(i, at));
                    }
                }
            }
        }
        Map<String, Hit> credited = assign(candidates, sentences.size(), rubric);
        List<DimensionGrade> dims = targets.stream()
                .map(d -> dimension(rubric, d, sentences, credited, touched.get(d.id()))).toList();
        List<String> flags = InjectionCheck.suspected(text) ? List.of(GradeFlag.INJECTION_SUSPECTED.name()) : List.of();
        return new Grade(Grade.OFFLINE, rubric.version(), question.id(), question.version(), dims, overall(dims),
                flags, "", "", List.of(), clock.instant());
    }

    /**
     * Gives each signal one sentence, rarest signals first, no sentence crediting more than its
     * share; among a signal's sentences the least contested one wins, so the quote shown is the
     * sentence that is most clearly about that signal.
     */
    private static Map<String, Hit> assign(Map<String, List<Hit>> candidates, int sentenceCount, Rubric rubric) {
        int[] contested = new int[sentenceCount];
        candidates.values().forEach(hits -> hits.forEach(h -> contested[h.sentence()]++));
        List<String> order = rubric.signals().stream().map(Rubric.Signal::id)
                .filter(candidates::containsKey)
                .sorted(Comparator.comparingInt(id -> candidates.get(id).size()))
                .toList();
        int[] used = new int[sentenceCount];
        Map<String, Hit> out = new LinkedHashMap<>();
        for (String id : order) {
            candidates.get(id).stream()
                    .filter(h -> used[h.sentence()] < CREDIT_PER_SENTENCE)
                    .min(Comparator.comparingInt((Hit h) -> contested[h.sentence()]).thenComparingInt(Hit::sentence))
                    .ifPresent(h -> {
                        used[h.sentence()]++;
                        out.put(id, h);
                    });
        }
        return out;
    }

    private static DimensionGrade dimension(Rubric rubric, Rubric.Dimension d, List<Sentence> sentences,
                                            Map<String, Hit> credited, Hit touched) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        boolean quantified = false;
        for (Rubric.Signal sig : d.signals()) {
            Hit h = credited.get(sig.id());
            if (h == null) {
                missing.add(sig.id());
                continue;
            }
            Sentence s = sentences.get(h.sentence());
            found.add(sig.id());
            evidence.add(new Evidence(sig.id(), s.quote(h.at(), QUOTE_MAX)));
            quantified |= QUANTITY.matcher(s.lower()).find();
        }
        Level level;
        if (found.size() >= rubric.strongThreshold() && quantified) {
            level = Level.STRONG;
        } else if (found.size() >= rubric.moderateThreshold()) {
            level = Level.MODERATE;
        } else if (!found.isEmpty() || touched != null) {
            level = Level.WEAK;
        } else {
            level = Level.NOT_ADDRESSED;
        }
        if (found.isEmpty() && touched != null) {
            Sentence s = sentences.get(touched.sentence());
            evidence.add(new Evidence("", s.quote(touched.at(), QUOTE_MAX)));
        }
        return new DimensionGrade(d.id(), level, evidence, found, missing,
                feedback(level, found.size() >= rubric.strongThreshold(), missing));
    }

    private static String feedback(Level level, boolean enoughSignals, List<String> missing) {
        String next = missing.isEmpty() ? "" : Nudges.forMissing(missing.get(0));
        return switch (level) {
            case STRONG -> missing.isEmpty() ? "Every signal of this dimension shows, with numbers behind it."
                    : "Strong. To go further: " + next;
            case MODERATE -> enoughSignals ? Nudges.NEEDS_NUMBERS : next;
            case WEAK -> "Touched only in passing or as keywords, not reasoned in a sentence. " + next;
            case NOT_ADDRESSED -> "Not addressed. " + next;
        };
    }

    private static String overall(List<DimensionGrade> dims) {
        if (dims.isEmpty()) {
            return "";
        }
        DimensionGrade weakest = dims.stream().min(Comparator.comparing(DimensionGrade::level)).orElseThrow();
        DimensionGrade strongest = dims.stream().max(Comparator.comparing(DimensionGrade::level)).orElseThrow();
        String next = weakest.signalsMissing().isEmpty() ? "" : " Next: " + Nudges.forMissing(weakest.signalsMissing().get(0));
        if (strongest.level() == Level.NOT_ADDRESSED) {
            return "No Staff-level signals found yet." + next;
        }
        if (strongest.level() == weakest.level()) {
            return "Every target dimension is " + weakest.level().label() + "." + next;
        }
        return "Strongest on " + strongest.dimension() + " (" + strongest.level().label() + "), weakest on "
                + weakest.dimension() + " (" + weakest.level().label() + ")." + next;
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Drops repeated sentences: pasting a line twice must not earn it twice. */
    private static List<Sentence> distinct(List<Sentence> all) {
        Set<String> seen = new HashSet<>();
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : all) {
            if (seen.add(collapse(s.lower()))) {
                out.add(s);
            }
        }
        return out;
    }
}
