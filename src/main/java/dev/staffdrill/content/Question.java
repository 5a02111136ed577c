package dev.staffdrill.content;

import java.time.Duration;
import java.util.List;

/**
 * One drill item. {@code version} is a content hash: an edited question gets a new version while
 * past attempts keep the one they answered. {@code source} is where it came from (a file path).
 */
public record Question(String id, int chapter, List<Integer> related, QuestionKind kind, String title,
                       int minutes, List<String> dimensions, List<String> gaps, String prompt,
                       String guidance, String modelAnswer, String version, String source) {

    public Duration timeLimit() {
        return Duration.ofMinutes(minutes);
    }
}
