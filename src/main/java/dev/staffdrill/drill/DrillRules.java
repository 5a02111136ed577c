package dev.staffdrill.drill;

import java.time.Duration;
import java.util.Optional;

/** The clock and size rules of a drill, from configuration. */
public record DrillRules(Duration grace, int maxAnswerChars, Optional<Duration> clockOverride) {
}
