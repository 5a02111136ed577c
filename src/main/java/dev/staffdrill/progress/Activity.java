package dev.staffdrill.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streak and recent activity from submission times, by UTC day (the app does not know the
 * learner's time zone). A streak still counts today if the learner practised yesterday.
 */
public record Activity(int streakDays, int activeDays, int answers, List<Day> days) {
    public static final int DAYS = 28;

    public record Day(LocalDate date, int answers) {
    }

    public static Activity of(List<Instant> submittedAt, LocalDate today) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        submittedAt.forEach(t -> perDay.merge(t.atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum));
        LocalDate d = perDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (perDay.containsKey(d)) {
            streak++;
            d = d.minusDays(1);
        }
        List<Day> days = new ArrayList<>();
        int active = 0;
        int answers = 0;
        for (int i = DAYS - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            int n = perDay.getOrDefault(day, 0);
            days.add(new Day(day, n));
            active += n > 0 ? 1 : 0;
            answers += n;
        }
        return new Activity(streak, active, answers, days);
    }
}
