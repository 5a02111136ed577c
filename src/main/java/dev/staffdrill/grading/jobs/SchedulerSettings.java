package dev.staffdrill.grading.jobs;

import java.time.Duration;

/**
 * db-scheduler timings. A job whose worker misses {@code missedHeartbeats} heartbeats (at least 4,
 * db-scheduler's minimum) is considered dead (its process died) and is run again; tests shorten
 * these to restart quickly.
 *
 * @param pollInterval    how often other instances' and retried jobs are looked for; jobs enqueued
 *                        here start at once regardless
 * @param retryBackoff    first pause before a failed job runs again (doubles each time)
 * @param shutdownMaxWait how long shutdown waits for running jobs; one still running is picked up
 *                        after the next start
 */
public record SchedulerSettings(Duration pollInterval, Duration heartbeat, int missedHeartbeats, Duration retryBackoff,
                                Duration shutdownMaxWait) {

    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 4, Duration.ofSeconds(10),
                Duration.ofSeconds(10));
    }
}
