package dev.staffdrill.content;

import java.time.Duration;
import java.util.List;

/**
 * One drill item. {@code version} is a content hash: an edited question gets a new version while
 * past attempts keep the one they answered. {@code source} is where it came from (a file path).
 * {@code worked} lists the item's key arithmetic (each line checked at load). {@code weakExample}
 * and {@code moderateExample} are the calibration answers of the {@code ## Weak example} and
 * {@code ## Moderate example} sections, each ending with its {@code Why Weak:} / {@code Why Moderate:}
 * line; empty when the item has none (imported items never do). Like the guidance and the model
 * answer, they are shown to a learner only after submitting. {@code probes} are the interviewer's
 * pushback questions for follow-up chains; they are never shown to a learner at all. {@code open} is
 * the item's open design round ({@link OpenRound#NONE} when it has none).
 */
public record Question(String id, int chapter, List<Integer> related, QuestionKind kind, String title,
                       int minutes, List<String> dimensions, List<String> gaps, String prompt,
                       String guidance, String modelAnswer, String version, String source,
                       List<String> worked, String weakExample, String moderateExample, List<Probe> probes,
                       OpenRound open) {

    public Question {
        open = open == null ? OpenRound.NONE : open;
        worked = worked == null ? List.of() : List.copyOf(worked);
        probes = probes == null ? List.of() : List.copyOf(probes);
        weakExample = weakExample == null ? "" : weakExample;
        moderateExample = moderateExample == null ? "" : moderateExample;
    }

    /** An item without an open round. */
    public Question(String id, int chapter, List<Integer> related, QuestionKind kind, String title,
                    int minutes, List<String> dimensions, List<String> gaps, String prompt,
                    String guidance, String modelAnswer, String version, String source,
                    List<String> worked, String weakExample, String moderateExample, List<Probe> probes) {
        this(id, chapter, related, kind, title, minutes, dimensions, gaps, prompt, guidance, modelAnswer,
                version, source, worked, weakExample, moderateExample, probes, OpenRound.NONE);
    }

    /** An item without probes. */
    public Question(String id, int chapter, List<Integer> related, QuestionKind kind, String title,
                    int minutes, List<String> dimensions, List<String> gaps, String prompt,
                    String guidance, String modelAnswer, String version, String source,
                    List<String> worked, String weakExample, String moderateExample) {
        this(id, chapter, related, kind, title, minutes, dimensions, gaps, prompt, guidance, modelAnswer,
                version, source, worked, weakExample, moderateExample, List.of());
    }

    /** An item without worked numbers, calibration examples or probes (imported items, tools, tests). */
    public Question(String id, int chapter, List<Integer> related, QuestionKind kind, String title,
                    int minutes, List<String> dimensions, List<String> gaps, String prompt,
                    String guidance, String modelAnswer, String version, String source) {
        this(id, chapter, related, kind, title, minutes, dimensions, gaps, prompt, guidance, modelAnswer,
                version, source, List.of(), "", "", List.of());
    }

    public Duration timeLimit() {
        return Duration.ofMinutes(minutes);
    }

    public boolean hasExamples() {
        return !weakExample.isBlank() || !moderateExample.isBlank();
    }
}
