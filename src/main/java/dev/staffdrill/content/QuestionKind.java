package dev.staffdrill.content;

import java.util.Arrays;
import java.util.Optional;

/** What sort of drill item a question is; follow-ups are short, the rest are deeper exercises. */
public enum QuestionKind {
    FOLLOW_UP("follow-up", "Follow-up"),
    WHAT_IF("what-if", "What if"),
    REDESIGN("redesign", "Redesign under constraint"),
    FAILURE_INJECTION("failure-injection", "Failure injection"),
    TRADE_OFF("trade-off", "Trade-off debate"),
    EXERCISE("exercise", "Exercise");

    private final String id;
    private final String label;

    QuestionKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean followUp() {
        return this == FOLLOW_UP;
    }

    public static Optional<QuestionKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
