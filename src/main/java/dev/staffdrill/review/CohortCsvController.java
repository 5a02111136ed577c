package dev.staffdrill.review;

import dev.staffdrill.cohort.Assignment;
import dev.staffdrill.cohort.Cohort;
import dev.staffdrill.cohort.CohortAccess;
import dev.staffdrill.cohort.CohortReads;
import dev.staffdrill.cohort.Member;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.Level;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.ThreadTurn;
import dev.staffdrill.drill.ThreadViews;
import dev.staffdrill.grading.GradePanel;
import dev.staffdrill.web.Csv;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A cohort's results as CSV: one row per submitted answer, levels with overrides applied. */
public final class CohortCsvController {
    private final CohortReads cohorts;
    private final ResultsRepository results;
    private final ContentStore content;
    private final CohortAccess access;
    private final DrillReads threads;
    private final GradePanel grades;

    CohortCsvController(CohortReads cohorts, ResultsRepository results,
                            ContentStore content, DrillReads threads, GradePanel grades) {
        this.threads = threads;
        this.grades = grades;
        this.cohorts = cohorts;
        this.results = results;
        this.content = content;
        this.access = cohorts.access();
    }

    public void csv(Context ctx) {
        Cohort cohort = access.owned(ctx);
        render(cohort).send(ctx, "cohort-" + cohort.id() + "-results.csv");
    }

    Csv render(Cohort cohort) {
        List<String> dims = content.bank().rubric().dimensionIds();
        Map<Long, Member> members = new HashMap<>();
        cohorts.members(cohort.id()).forEach(m -> members.put(m.userId(), m));
        Map<Long, Assignment> byId = new HashMap<>();
        cohorts.assignments(cohort.id()).forEach(a -> byId.put(a.id(), a));
        List<String> head = new ArrayList<>(List.of("learner_id", "learner_name", "assignment_id", "assignment",
                "question_id", "question", "submitted_at", "late"));
        head.addAll(dims);
        head.addAll(List.of("grader", "override", "follow_ups", "follow_up_thread", "surfaced_after_probe"));
        Csv csv = new Csv().row(head);
        List<AttemptResult> rows = new ArrayList<>(results.forCohort(cohort.id(), null));
        rows.sort(java.util.Comparator.comparingLong(AttemptResult::userId).thenComparingLong(AttemptResult::assignmentId)
                .thenComparingInt(AttemptResult::position));
        // One query for every row's thread; only the few answers that had follow-ups read more.
        Map<Long, List<ThreadTurn>> threadsById = threads.threads(rows.stream().map(AttemptResult::attemptId).toList());
        for (AttemptResult r : rows) {
            Assignment a = byId.get(r.assignmentId());
            Member m = members.get(r.userId());
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.userId()), m == null ? "" : m.displayName(),
                    String.valueOf(r.assignmentId()), a == null ? "" : a.title(), r.questionId(), r.questionTitle(),
                    r.submittedAt().toString(), a != null && a.late(r.submittedAt()) ? "yes" : "no"));
            dims.forEach(d -> row.add(r.levels().containsKey(d) ? r.levels().get(d).label() : ""));
            row.add(r.grader());
            row.add(overrides(r, dims));
            thread(r.attemptId(), threadsById.getOrDefault(r.attemptId(), List.of()), row);
            csv.row(row);
        }
        return csv;
    }

    /**
     * The follow-up thread in three cells: how many probes were asked, the conversation
     * ("Interviewer: … / Learner: …", one line per turn) and the signals that came out only under
     * pushback ("Blast radius (follow-up 1)"). Empty cells for an answer without follow-ups.
     */
    private void thread(long attemptId, List<ThreadTurn> turns, List<String> row) {
        if (turns.isEmpty()) {
            row.addAll(List.of("0", "", ""));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (ThreadTurn t : turns) {
            lines.add("Interviewer: " + t.ask().replaceAll("\\s+", " ") + " / Learner: "
                    + (t.reply().isBlank() ? "(no reply)" : t.reply().replaceAll("\\s+", " ")));
        }
        String answer = results.answer(attemptId);
        List<String> surfaced = new ArrayList<>();
        ThreadViews.surfaced(turns, answer, grades.signalQuotes(attemptId), content.bank().rubric())
                .forEach((signal, turn) -> surfaced.add(signal + " (follow-up " + turn + ")"));
        row.addAll(List.of(String.valueOf(turns.size()), String.join("\n", lines), String.join("; ", surfaced)));
    }

    /** "B: Moderate→Strong" per overridden dimension, so the sheet shows what the instructor changed. */
    private static String overrides(AttemptResult r, List<String> dims) {
        List<String> parts = new ArrayList<>();
        for (String d : dims) {
            if (r.overridden().contains(d)) {
                Level auto = r.auto().get(d);
                parts.add(d + ": " + (auto == null ? "ungraded" : auto.label()) + "→" + r.levels().get(d).label());
            }
        }
        return String.join("; ", parts);
    }
}
