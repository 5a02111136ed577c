package dev.staffdrill.content;

import java.util.Arrays;
import java.util.Optional;

/** The review's six gap categories, keyed by the letter used in gap IDs. */
public enum GapCategory {
    F("Failure handling"),
    S("Scale assumptions"),
    C("Cost & efficiency"),
    D("Data model & consistency"),
    E("Evolution & migration"),
    O("Organizational/operational");

    private final String label;

    GapCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<GapCategory> of(String letter) {
        return Arrays.stream(values()).filter(c -> c.name().equals(letter)).findFirst();
    }
}
