package dev.staffdrill.content;

import java.util.List;
import java.util.Map;

/**
 * Questions and sets imported from users' chapter files (kept in the database, not in content/),
 * ready to merge into the bank. {@code chapterTitles} names chapters that content/ may not have.
 */
public record ImportedContent(List<Question> questions, List<ExerciseSet> sets, Map<Integer, String> chapterTitles) {

    public static ImportedContent none() {
        return new ImportedContent(List.of(), List.of(), Map.of());
    }
}
