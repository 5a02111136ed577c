package dev.staffdrill.importer;

import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.content.ImportedContent;
import dev.staffdrill.content.Probe;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;
import dev.staffdrill.importer.ImportRepository.ItemRow;
import dev.staffdrill.importer.ImportRepository.SetRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns stored imports into bank questions and sets. Nothing is invented: where the source gives
 * no guidance, the guidance and model answer say so plainly and point at the rubric.
 */
final class ImportedQuestions {
    static final int FOLLOW_UP_MINUTES = 6;
    static final int EXERCISE_MINUTES = 20;
    static final String NO_MODEL_ANSWER = "No model answer sketch in the source chapter; see the guidance.";
    static final String CROSS_CHAPTER = "Cross-chapter (imported)";

    private ImportedQuestions() {
    }

    static ImportedContent content(List<ItemRow> rows, List<SetRow> sets, Map<String, List<Probe>> probes) {
        List<Question> questions = rows.stream().map(r -> question(r, probes.getOrDefault(r.id(), List.of()))).toList();
        Set<String> active = questions.stream().map(Question::id).collect(Collectors.toSet());
        List<ExerciseSet> exerciseSets = sets.stream()
                .map(s -> new ExerciseSet(s.id(), s.title(), s.description(),
                        s.itemIds().stream().filter(active::contains).toList()))
                .filter(s -> !s.questionIds().isEmpty())
                .toList();
        Map<Integer, String> titles = new HashMap<>();
        rows.forEach(r -> titles.merge(r.chapter(), r.chapterTitle(), (a, b) -> a.startsWith("Chapter ") ? b : a));
        return new ImportedContent(questions, exerciseSets, Map.copyOf(titles));
    }

    static Question question(ItemRow r, List<Probe> probes) {
        QuestionKind kind = QuestionKind.of(r.kind()).orElse(null);
        boolean noGuidance = r.guidance().isBlank();
        String guidance = noGuidance
                ? "No guidance in the source chapter: a strong answer shows the rubric's signals for this item's "
                + "target dimensions (" + String.join(", ", r.dimensions()) + ")."
                : r.guidance();
        String model = noGuidance ? NO_MODEL_ANSWER : r.guidance();
        int minutes = kind == QuestionKind.FOLLOW_UP ? FOLLOW_UP_MINUTES : EXERCISE_MINUTES;
        return new Question(r.id(), r.chapter(), r.related(), kind, r.title(), minutes, r.dimensions(), List.of(),
                r.prompt(), guidance, model, r.version(), "import:" + r.source() + ":" + r.sourceLine(),
                List.of(), "", "", probes);
    }

    static String chapterTitle(ImportResult result, ImportedItem item) {
        if (result.chapter() != null && result.chapter() == item.chapter()) {
            return result.title();
        }
        return item.chapter() == 0 ? CROSS_CHAPTER : "Chapter " + item.chapter();
    }
}
