package dev.staffdrill.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.account.PersonalData;
import dev.staffdrill.cohort.CohortReads;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.GapPicker;
import dev.staffdrill.notice.Notices;
import dev.staffdrill.notice.ReviewMarks;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/**
 * The progress feature's front door: the learner's standing (its service answers drill's
 * {@link GapPicker} port, so it is built before drill), their exports, and its pages.
 */
public final class ProgressFeature {
    /** The progress pages' handlers, for Routes (the dashboard goes to the home page). */
    public record Controllers(ProgressController progress, ExportController exports, DashboardController dashboard) {
    }

    private final ProgressService service;
    private final AttemptExport export;

    public ProgressFeature(Jdbi jdbi, ContentStore content, Clock clock, ObjectMapper json) {
        this.service = new ProgressService(new ProgressRepository(jdbi), content, clock, json);
        this.export = new AttemptExport(jdbi, service, json);
    }

    public ProgressService service() {
        return service;
    }

    /** The gap drill's question choice: due reviews on the weakest dimensions first. */
    public GapPicker gapPicker() {
        return new ProgressGapPicker(service);
    }

    public PersonalData personalData() {
        return new ProgressPersonalData(export);
    }

    public Controllers controllers(Views views, Pages pages, DrillReads drills, CohortReads assignments,
                                   ReviewMarks reviewMarks, Notices notices) {
        return new Controllers(new ProgressController(views, pages, service), new ExportController(export, service),
                new DashboardController(views, pages, service, drills, new CohortAssignments(assignments), reviewMarks,
                        notices));
    }
}
