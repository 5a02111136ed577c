package dev.staffdrill.progress;

import dev.staffdrill.content.Level;
import dev.staffdrill.progress.CurrentLevels.GradeRow;
import dev.staffdrill.progress.CurrentLevels.OverrideRow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a constructed grade history for unit tests: one attempt per call, a day apart by default. */
final class History {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    final List<GradeRow> grades = new ArrayList<>();
    final List<OverrideRow> overrides = new ArrayList<>();
    private long nextAttempt = 1;
    private long nextGrade = 100;
    private long nextOverride = 1;
    Instant clock = T0;

    /** A graded attempt of {@code question} in {@code chapter}; levels alternate dimension, level. */
    long attempt(String question, int chapter, Object... dimLevels) {
        long id = nextAttempt++;
        regrade(id, question, chapter, dimLevels);
        clock = clock.plus(Duration.ofDays(1));
        return id;
    }

    History at(Instant t) {
        clock = t;
        return this;
    }

    /** Another grade for an existing attempt (a re-grade); the latest grade is the current one. */
    void regrade(long attemptId, String question, int chapter, Object... dimLevels) {
        long gradeId = nextGrade++;
        Instant at = grades.stream().filter(g -> g.attemptId() == attemptId).map(GradeRow::submittedAt)
                .findFirst().orElse(clock);
        for (int i = 0; i < dimLevels.length; i += 2) {
            grades.add(new GradeRow(attemptId, gradeId, question, chapter, at, (String) dimLevels[i], (Level) dimLevels[i + 1]));
        }
    }

    void override(long attemptId, String dimension, Level level) {
        GradeRow g = grades.stream().filter(x -> x.attemptId() == attemptId).findFirst().orElseThrow();
        overrides.add(new OverrideRow(attemptId, nextOverride, g.questionId(), g.chapter(), g.submittedAt(), dimension,
                level, T0.plus(Duration.ofDays(400 + nextOverride++))));
    }

    List<Observation> observations() {
        return CurrentLevels.resolve(grades, overrides);
    }
}
