package dev.staffdrill.progress;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTest {
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    private static Instant on(String day) {
        return Instant.parse(day + "T23:30:00Z");
    }

    @Test
    void aStreakCountsConsecutiveDaysEndingTodayOrYesterday() {
        var days = List.of(on("2026-03-07"), on("2026-03-08"), on("2026-03-09"), on("2026-03-09"), on("2026-03-05"));
        Activity a = Activity.of(days, TODAY);
        assertThat(a.streakDays()).isEqualTo(3); // 7, 8, 9: alive today though nothing yet today
        assertThat(a.activeDays()).isEqualTo(4);
        assertThat(a.answers()).isEqualTo(5);
        assertThat(a.days()).hasSize(Activity.DAYS).last().satisfies(d -> assertThat(d.date()).isEqualTo(TODAY));
        assertThat(Activity.of(days, TODAY.plusDays(2)).streakDays()).isZero();
        assertThat(Activity.of(List.of(on("2026-03-10")), TODAY).streakDays()).isEqualTo(1);
    }
}
