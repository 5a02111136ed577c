package dev.staffdrill.grading.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.function.LongConsumer;

/**
 * Persistent grading jobs on db-scheduler: one task instance per grading request, run by a fixed
 * pool of workers, retried with backoff when it throws, and revived after a crash by
 * db-scheduler's dead-execution detection.
 */
public final class GradingJobs implements AutoCloseable {
    static final String TASK = "grade-attempt";

    private final OneTimeTask<Void> task;
    private final Scheduler scheduler;
    private boolean started;

    public GradingJobs(DataSource dataSource, int workers, SchedulerSettings settings, LongConsumer runRequest) {
        this.task = Tasks.oneTime(TASK)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryBackoff()))
                .execute((instance, ctx) -> runRequest.accept(Long.parseLong(instance.getId())));
        this.scheduler = Scheduler.create(dataSource, task)
                .threads(workers)
                .pollingInterval(settings.pollInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC() // the columns are zone-aware; UTC keeps H2 and PostgreSQL alike
                .build();
    }

    /** Schedules the job for a grading request now, unless it is already scheduled or running. */
    public void schedule(long requestId) {
        scheduler.scheduleIfNotExists(task.instance(Long.toString(requestId)), Instant.now());
    }

    public synchronized void start() {
        if (!started) {
            started = true;
            scheduler.start();
        }
    }

    /** Stops taking jobs and waits a little for running ones; call before the database closes. */
    @Override
    public synchronized void close() {
        if (started) {
            started = false;
            scheduler.stop();
        }
    }
}
