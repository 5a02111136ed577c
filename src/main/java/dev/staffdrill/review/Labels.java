package dev.staffdrill.review;

import dev.staffdrill.grading.Grade;

import java.util.List;
import java.util.Locale;

/** Words for the stored grader and flag names that instructors see in tables ("OFFLINE" reads as a code). */
final class Labels {
    private Labels() {
    }

    static String grader(String stored) {
        return switch (stored) {
            case Grade.LLM -> "LLM grade";
            case Grade.OFFLINE_FALLBACK -> "offline check (LLM unavailable)";
            case Grade.OFFLINE -> "offline check";
            default -> stored.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** "INJECTION_SUSPECTED" → "injection suspected". */
    static List<String> flags(List<String> stored) {
        return stored.stream().map(f -> f.toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
    }
}
