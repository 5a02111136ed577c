package dev.staffdrill.grading.offline;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Evidence;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.Grader;
import dev.staffdrill.grading.GuidancePoint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    /**
     * A sentence earns credit for at most this many signals of one dimension: one line naming
     * everything is stuffing. (Across dimensions it may count for each: a sentence can price a
     * hedge and name the partial failure it handles.)
     */
    static final int CREDIT_PER_SENTENCE = 2;
    /** Sentences remembered per signal: one is credited, the others offer a less contested sentence. */
    static final int MAX_CANDIDATES = 8;
    private static final Pattern QUANTITY = Pattern.compile(Vocabulary.QUANTITY);
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Clock clock;
    private final Relevance relevance;

    /** Without a bank: relevance is not judged (tests, a question typed in). */
    public OfflineGrader() {
        this(Clock.systemUTC(), Relevance.none());
    }

    public OfflineGrader(Relevance relevance) {
        this(Clock.systemUTC(), relevance);
    }

    public OfflineGrader(Clock clock, Relevance relevance) {
        this.clock = clock;
        this.relevance = relevance;
    }

    private record Hit(int sentence, int at) {
    }

    /** Why every dimension is capped at Weak, as the sentence the learner reads; "" when it is not. */
    record Cap(String why) {
        boolean on() {
            return !why.isEmpty();
        }
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
        boolean[] reasons = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            reasons[i] = Reasoning.reasons(sentences.get(i));
        }
        Map<String, List<Hit>> candidates = new LinkedHashMap<>();
        Map<String, Hit> touched = new LinkedHashMap<>();
        Set<String> anywhere = new HashSet<>(); // signals seen in any line, reasoned or not
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean real = reasons[i];
            for (Rubric.Dimension d : targets) {
                for (Rubric.Signal sig : d.signals()) {
                    List<Hit> hits = candidates.getOrDefault(sig.id(), List.of());
                    if (real && hits.size() >= MAX_CANDIDATES) {
                        continue;
                    }
                    if (!real && anywhere.contains(sig.id()) && touched.containsKey(d.id())) {
                        continue;
                    }
                    int at = SignalRules.rule(sig.id()).map(r -> r.find(s.lower())).orElse(-1);
                    if (at < 0) {
                        continue;
                    }
                    anywhere.add(sig.id());
                    if (real) {
                        candidates.computeIfAbsent(sig.id(), k -> new ArrayList<>()).add(new Hit(i, at));
                    } else {
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
        List<String> flags = new ArrayList<>();
        if (InjectionCheck.suspected(text)) {
            flags.add(GradeFlag.INJECTION_SUSPECTED.name());
        }
        Cap cap = new Cap("");
        Optional<Relevance.Verdict> verdict = relevance.check(question, text);
        if (verdict.isPresent() && verdict.get().offTopic()) {
            flags.add(GradeFlag.OFF_TOPIC.name());
            cap = new Cap("This reads as an answer to another question, so no dimension is above Weak.");
        } else if (Reasoning.mostlyFragments(sentences)) {
            flags.add(GradeFlag.LIST_NOT_REASONING.name());
            cap = new Cap("Mostly labels and fragments rather than sentences that reason, so no dimension is "
                    + "above Weak.");
        }
        Map<String, Hit> credited = assign(candidates, sentences.size(), rubric);
        Cap c = cap;
        List<DimensionGrade> dims = targets.stream()
                .map(d -> dimension(rubric, d, sentences, credited, touched.get(d.id()), anywhere, c)).toList();
        BankIndex index = relevance.index();
        List<GuidancePoint> points = GuidanceCoverage.of(question.guidance(), text, index);
        return new Grade(Grade.OFFLINE, rubric.version(), question.id(), question.version(), dims,
                overall(dims, cap), flags, "", "", List.of(), clock.instant(), points, List.of());
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
        Map<String, int[]> used = new HashMap<>();
        Map<String, Hit> out = new LinkedHashMap<>();
        for (String id : order) {
            int[] u = used.computeIfAbsent(rubric.signal(id).map(Rubric.Signal::dimension).orElse(""),
                    k -> new int[sentenceCount]);
            candidates.get(id).stream()
                    .filter(h -> u[h.sentence()] < CREDIT_PER_SENTENCE)
                    .min(Comparator.comparingInt((Hit h) -> contested[h.sentence()]).thenComparingInt(Hit::sentence))
                    .ifPresent(h -> {
                        u[h.sentence()]++;
                        out.put(id, h);
                    });
        }
        return out;
    }

    private static DimensionGrade dimension(Rubric rubric, Rubric.Dimension d, List<Sentence> sentences,
                                            Map<String, Hit> credited, Hit touched, Set<String> anywhere, Cap cap) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        boolean quantified = false;
        boolean digits = false;
        for (Rubric.Signal sig : d.signals()) {
            Hit h = credited.get(sig.id());
            if (h == null) {
                missing.add(sig.id());
                continue;
            }
            Sentence s = sentences.get(h.sentence());
            found.add(sig.id());
            Evidence e = new Evidence(sig.id(), s.quote(h.at(), QUOTE_MAX));
            evidence.add(e);
            quantified |= QUANTITY.matcher(s.lower()).find();
            digits |= DIGIT.matcher(e.quote()).find();
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
        String feedback = feedback(level, found.size() >= rubric.strongThreshold(), missing, anywhere, digits);
        if (cap.on() && level.compareTo(Level.WEAK) > 0) {
            level = Level.WEAK;
            feedback = cap.why() + " " + feedback;
        }
        return new DimensionGrade(d.id(), level, evidence, found, missing, feedback);
    }

    /**
     * The next step for the learner. It never asks for what the evidence beside it already shows:
     * a signal that appears only in a label or fragment gets "argue it", not "add it", and the
     * numbers nudge is worded for quotes that already hold figures.
     */
    private static String feedback(Level level, boolean enoughSignals, List<String> missing, Set<String> anywhere,
                                   boolean digits) {
        String next = "";
        for (String m : missing) {
            if (!anywhere.contains(m)) {
                next = Nudges.forMissing(m);
                break;
            }
        }
        if (next.isEmpty() && !missing.isEmpty()) {
            next = Nudges.argueIt(missing.get(0));
        }
        return switch (level) {
            case STRONG -> missing.isEmpty() ? "Every signal of this dimension shows, with numbers behind it."
                    : "Strong. To go further: " + next;
            case MODERATE -> enoughSignals ? (digits ? Nudges.NEEDS_UNITS : Nudges.NEEDS_NUMBERS) : next;
            case WEAK -> "Touched only in passing or as keywords, not reasoned in a sentence. " + next;
            case NOT_ADDRESSED -> "Not addressed. " + next;
        };
    }

    static String overall(List<DimensionGrade> dims, Cap cap) {
        if (dims.isEmpty()) {
            return cap.why();
        }
        String lead = cap.on() ? cap.why() + " " : "";
        DimensionGrade weakest = dims.stream().min(Comparator.comparing(DimensionGrade::level)).orElseThrow();
        DimensionGrade strongest = dims.stream().max(Comparator.comparing(DimensionGrade::level)).orElseThrow();
        String next = weakest.signalsMissing().isEmpty() ? "" : " Next: " + Nudges.forMissing(weakest.signalsMissing().get(0));
        if (strongest.level() == Level.NOT_ADDRESSED) {
            return lead + "No Staff-level signals found yet." + next;
        }
        if (strongest.level() == weakest.level()) {
            return lead + "Every target dimension is " + weakest.level().label() + "." + next;
        }
        if (strongest.level().compareTo(Level.MODERATE) < 0) { // a Weak dimension is nobody's "strongest"
            return lead + "Nothing reached Moderate yet: best on " + strongest.dimension() + " ("
                    + strongest.level().label() + "), weakest on " + weakest.dimension() + " ("
                    + weakest.level().label() + ")." + next;
        }
        return lead + "Strongest on " + strongest.dimension() + " (" + strongest.level().label() + "), weakest on "
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
