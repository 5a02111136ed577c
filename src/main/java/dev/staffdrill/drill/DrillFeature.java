package dev.staffdrill.drill;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.web.Markdown;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/**
 * The drill feature's front door: the drill loop and its follow-up threads, what features above read
 * of drills ({@link DrillReads}), and its pages. Drill sits low in the house, so what it needs from
 * above comes in as ports: the gap picker (progress), assigned sets (cohort), the interviewer and the
 * listeners that grade an answer once its last word is in (grading); and for the result page, the
 * grade as reviewed (review) and a mode's own panel (design).
 */
public final class DrillFeature {
    /** The drill pages' handlers, for Routes. */
    public record Controllers(DrillController drills, ThreadController threads) {
    }

    private final DrillRepository drills;
    private final ThreadService threads;
    private final DrillService service;
    private final DrillReads reads;
    private final ContentStore content;

    public DrillFeature(Jdbi jdbi, ContentStore content, DrillRules rules, Clock clock, GapPicker gaps,
                        AssignedSets sets, Interviewer interviewer, List<SubmissionListener> onLastWord) {
        this.content = content;
        this.drills = new DrillRepository(jdbi);
        ThreadRepository threadRepo = new ThreadRepository(jdbi);
        this.threads = new ThreadService(threadRepo, drills, content, interviewer, rules, clock, onLastWord);
        this.service = new DrillService(drills, content, rules, clock, gaps, onLastWord, sets, threads);
        this.reads = new DrillReads(drills, threadRepo);
    }

    public DrillService service() {
        return service;
    }

    public ThreadService threads() {
        return threads;
    }

    /** What history, progress, review and design read of drills. */
    public DrillReads reads() {
        return reads;
    }

    public Controllers controllers(Views views, Pages pages, GradeDisplay grades, ResultPanels panels) {
        return new Controllers(new DrillController(views, pages, service, drills, content, new Markdown(), grades, threads, panels),
                new ThreadController(views, pages, threads, drills, content, new Markdown()));
    }
}
