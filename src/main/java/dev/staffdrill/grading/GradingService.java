package dev.staffdrill.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.config.Config;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.db.Database;
import dev.staffdrill.grading.jobs.GradingJobs;
import dev.staffdrill.grading.jobs.SchedulerSettings;
import dev.staffdrill.grading.llm.JdbiLlmStore;
import dev.staffdrill.grading.offline.Relevance;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.grading.interview.OfflineInterviewer;
import dev.staffdrill.grading.llm.LlmGrader;
import dev.staffdrill.grading.llm.LlmInterviewer;
import dev.staffdrill.drill.Interviewer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Grading as the rest of the app sees it: enqueue a submitted attempt, ask where it stands, read
 * its grades. Grading itself runs in persistent background jobs, never on a request thread.
 */
public final class GradingService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradingService.class);
    /** Tries of one grading request before it is marked FAILED (an LLM failure is not one: it falls back). */
    static final int MAX_TRIES = 3;

    private final Jdbi jdbi;
    private final Supplier<Rubric> rubric;
    private final AnswerSource answers;
    private final Grader grader;
    private final GradingRequests requests;
    private final GradeStore grades;
    private final GradingJobs jobs;
    private final Clock clock;

    public GradingService(Database db, Supplier<Rubric> rubric, AnswerSource answers, Grader grader, int workers,
                          SchedulerSettings settings, ObjectMapper json, Clock clock) {
        this.jdbi = db.jdbi();
        this.rubric = rubric;
        this.answers = answers;
        this.grader = grader;
        this.requests = new GradingRequests(jdbi);
        this.grades = new GradeStore(jdbi, json);
        this.clock = clock;
        this.jobs = new GradingJobs(db.dataSource(), workers, settings, this::run);
    }

    /** The production wiring: the grader from the configuration, answers from the attempt tables. */
    public static GradingService create(Config config, Database db, ContentStore content) {
        ObjectMapper json = GradeJson.mapper();
        Grader grader = Graders.fromConfig(config.llm(), new JdbiLlmStore(db.jdbi()), json,
                new Relevance(content::bank));
        return new GradingService(db, () -> content.bank().rubric(), new JdbiAnswerSource(db.jdbi()), grader,
                config.gradingWorkers(), SchedulerSettings.defaults(), json, Clock.systemUTC());
    }

    /** Grades a just-submitted attempt in the background. Calling it again for the same attempt does nothing. */
    public void enqueue(long attemptId) {
        requests.insertSubmit(attemptId, clock.instant()).ifPresent(jobs::schedule);
    }

    /** Grades the attempt again (say, after an LLM was configured); earlier grades stay as history. */
    public void regrade(long attemptId) {
        Optional<GradingRequests.Request> latest = requests.latest(attemptId);
        if (latest.isPresent() && latest.get().status() == GradingStatus.QUEUED) {
            return; // one is already waiting and will see the same answer
        }
        jobs.schedule(requests.insertRegrade(attemptId, clock.instant()));
    }

    public GradingStatus status(long attemptId) {
        return requests.latest(attemptId).map(GradingRequests.Request::status).orElse(GradingStatus.NONE);
    }

    /** The current grade: the newest one. */
    public Optional<Grade> latest(long attemptId) {
        return grades.latest(attemptId);
    }

    /** Every grade of the attempt, oldest first. */
    public List<Grade> history(long attemptId) {
        return grades.history(attemptId);
    }

    /** The grade panel for the attempt; {@code pollUrl} is where the panel re-fetches itself while pending. */
    public GradeView view(long attemptId, String pollUrl) {
        Optional<GradingRequests.Request> req = requests.latest(attemptId);
        if (req.isEmpty()) {
            return GradeViews.none(pollUrl);
        }
        GradingStatus status = req.get().status();
        if (status.pending()) {
            return GradeViews.pending(status, pollUrl);
        }
        Optional<Grade> g = latest(attemptId);
        if (status == GradingStatus.FAILED && g.isEmpty()) {
            return GradeViews.failed(req.get().error(), pollUrl);
        }
        return g.map(x -> GradeViews.of(status, x, rubric.get(), pollUrl)).orElseGet(() -> GradeViews.none(pollUrl));
    }

    /**
     * The interviewer of follow-up chains: probes chosen from the offline check's evidence, or
     * written by the LLM grader's model (grounded in the answer) with the authored probe as fallback.
     */
    public Interviewer interviewer(ContentStore content) {
        // Choosing a probe needs the signals, not the off-topic check against the whole bank: half the CPU.
        OfflineInterviewer offline = new OfflineInterviewer(new OfflineGrader(), rubric);
        return grader instanceof LlmGrader llm ? new LlmInterviewer(llm, offline, rubric) : offline;
    }

    /**
     * Whether grading again could give another result. The offline check is deterministic: an
     * OFFLINE grade made under today's rubric would come back the same. A fallback (the LLM failed),
     * an older rubric, an LLM grader, or no grade yet: it could.
     */
    public boolean regradeCanChange(long attemptId) {
        if (grader instanceof LlmGrader) {
            return true;
        }
        return latest(attemptId).map(g -> !(Grade.OFFLINE.equals(g.grader())
                && g.rubricVersion().equals(rubric.get().version()))).orElse(true);
    }

    /** Which grader runs, in one line: for the footer and /healthz. */
    public String mode() {
        return grader.describe();
    }

    /**
     * Starts the workers, first rescheduling any request whose job was lost and enqueueing any
     * submission whose request was never written (a crash right after the submit): each graded once.
     */
    public void start() {
        requests.unfinished().forEach(jobs::schedule);
        requests.submittedWithoutRequest().forEach(this::enqueue);
        jobs.start();
    }

    /** Stops the workers (before the database closes), then the grader's HTTP client. */
    @Override
    public void close() {
        jobs.close();
        if (grader instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing the grader failed", e);
            }
        }
    }

    /** The job: grade the request's attempt and save the grade, or record why not. */
    void run(long requestId) {
        Optional<GradingRequests.Request> found = requests.find(requestId);
        if (found.isEmpty() || !found.get().status().pending()) {
            return; // gone with its attempt, or already finished by an earlier run
        }
        GradingRequests.Request req = found.get();
        requests.markRunning(requestId, clock.instant());
        try {
            Optional<GradingInput> input = answers.load(req.attemptId());
            if (input.isEmpty()) {
                jdbi.useHandle(h -> requests.finish(h, requestId, GradingStatus.FAILED,
                        "attempt " + req.attemptId() + " was not found or is not submitted", clock.instant()));
                return;
            }
            GradingInput in = input.get();
            Grade g = grader.grade(rubric.get(), in.question(), in.answer(), in.followUps(), in.attemptId());
            // An LLM grade identical to the current one is the LLM cache answering a regrade: not new
            // history, so the request is done and nothing is added. (An offline regrade still adds its
            // row: learners ask for one to see a fresh, dated check.)
            boolean same = Grade.LLM.equals(g.grader())
                    && grades.latest(in.attemptId()).map(cur -> cur.gradedAt(g.gradedAt()).equals(g)).orElse(false);
            jdbi.useTransaction(h -> {
                if (!same) {
                    grades.save(h, requestId, in, g);
                }
                requests.finish(h, requestId, GradingStatus.DONE, null, clock.instant());
            });
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (req.tries() + 1 >= MAX_TRIES) {
                LOG.error("grading request {} (attempt {}) failed for good", requestId, req.attemptId(), e);
                jdbi.useHandle(h -> requests.finish(h, requestId, GradingStatus.FAILED, why, clock.instant()));
                return;
            }
            LOG.warn("grading request {} (attempt {}) failed; it will be tried again: {}", requestId, req.attemptId(), why);
            requests.requeue(requestId, why);
            throw e; // db-scheduler runs it again after a backoff
        }
    }
}
