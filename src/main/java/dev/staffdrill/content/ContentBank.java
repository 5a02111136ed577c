package dev.staffdrill.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded, validated question bank: immutable; a reload builds a new one. */
public final class ContentBank {
    private final Rubric rubric;
    private final Map<Integer, Chapter> chapters;
    private final Map<String, Question> questions;
    private final Map<String, ExerciseSet> sets;

    public ContentBank(Rubric rubric, List<Chapter> chapters, List<Question> questions, List<ExerciseSet> sets) {
        this.rubric = rubric;
        this.chapters = chapters.stream().sorted(Comparator.comparingInt(Chapter::number))
                .collect(Collectors.toMap(Chapter::number, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.questions = questions.stream()
                .sorted(Comparator.comparingInt(Question::chapter).thenComparing(q -> !q.kind().followUp())
                        .thenComparing(ContentBank::importedFrom).thenComparingInt(ContentBank::importedLine)
                        .thenComparing(Question::id))
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.sets = sets.stream().sorted(Comparator.comparing(ExerciseSet::title))
                .collect(Collectors.toMap(ExerciseSet::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * An imported question's file ("import:FILE:LINE" in its source), empty for content/ questions:
     * imported items keep their file's order rather than their ids' alphabetical one.
     */
    private static String importedFrom(Question q) {
        String src = q.source() == null ? "" : q.source();
        int colon = src.lastIndexOf(':');
        return src.startsWith("import:") && colon > "import:".length() ? src.substring(0, colon) : "";
    }

    private static int importedLine(Question q) {
        if (importedFrom(q).isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(q.source().substring(q.source().lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Rubric rubric() {
        return rubric;
    }

    public List<Chapter> chapters() {
        return List.copyOf(chapters.values());
    }

    public Optional<Chapter> chapter(int number) {
        return Optional.ofNullable(chapters.get(number));
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public List<Question> questionsOf(int chapter) {
        return questions.values().stream().filter(q -> q.chapter() == chapter).toList();
    }

    public List<ExerciseSet> sets() {
        return List.copyOf(sets.values());
    }

    public Optional<ExerciseSet> set(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    public String chapterLabel(int number) {
        return chapter(number).map(Chapter::label).orElse("Ch " + number);
    }

    /** Counts for /healthz and the validate command. */
    public Map<String, Integer> counts() {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("chapters", chapters.size());
        c.put("questions", questions.size());
        c.put("followUps", (int) questions.values().stream().filter(q -> q.kind().followUp()).count());
        c.put("exercises", (int) questions.values().stream().filter(q -> !q.kind().followUp()).count());
        c.put("sets", sets.size());
        return c;
    }
}
