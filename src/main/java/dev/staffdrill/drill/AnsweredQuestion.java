package dev.staffdrill.drill;

import java.util.List;

/**
 * A question as the learner saw it: the stored version their attempt answered, which stays as it
 * was when the bank's copy is edited later (results, reviews and exports read this, not today's bank).
 */
public record AnsweredQuestion(String questionId, String version, int chapter, String kind, String title,
                               List<String> dimensions, int minutes, String prompt, String guidance, String modelAnswer,
                               String weakExample, String moderateExample) {
}
