package dev.staffdrill.grading;

import java.util.Arrays;

/** Why a grade must not be trusted blindly. Stored by name in {@link Grade#flags()}. */
public enum GradeFlag {
    INJECTION_SUSPECTED("The answer seems to address the grader; review it by hand"),
    NEEDS_REVIEW("Needs review by an instructor"),
    QUOTE_DROPPED("The LLM quoted text that is not in the answer; those quotes were dropped"),
    LLM_UNAVAILABLE("The LLM grader was unavailable; this is the offline signal check"),
    LLM_INVALID("The LLM's reply could not be used twice; this is the offline signal check"),
    DISAGREEMENT("The LLM grade and the offline signal check disagree by two levels or more"),
    OFF_TOPIC("This reads as an answer to another question, so no dimension is above Weak"),
    LIST_NOT_REASONING("The answer is mostly labels and fragments, not sentences that reason, so no dimension is "
            + "above Weak"),
    TECHNICAL_ERROR("The LLM found a core technical error; the dimension it affects is capped at Weak");

    private final String label;

    GradeFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label for a stored flag name; unknown names (from a newer version) are shown as they are. */
    public static String labelOf(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst()
                .map(GradeFlag::label).orElse(name);
    }
}
