package dev.staffdrill.content;

import java.util.List;

/** A named, ordered list of questions, assigned by instructors and drilled by learners. */
public record ExerciseSet(String id, String title, String description, List<String> questionIds) {
}
