package dev.staffdrill.progress;

import dev.staffdrill.account.Auth;
import dev.staffdrill.account.User;
import dev.staffdrill.content.Level;
import dev.staffdrill.web.Csv;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The learner's attempts and grades as CSV (one row per attempt) and as JSON (everything). */
public final class ExportController {
    private final AttemptExport export;
    private final ProgressService progress;

    ExportController(AttemptExport export, ProgressService progress) {
        this.export = export;
        this.progress = progress;
    }

    public void csv(Context ctx) {
        User user = Auth.current(ctx).user();
        List<String> dims = progress.dimensions().stream().map(Scorecard.Dimension::id).toList();
        List<String> header = new ArrayList<>(List.of("attempt_id", "drill_id", "drill", "mode", "position", "question_id",
                "question_version", "chapter", "question", "target_dimensions", "started_at", "submitted_at",
                "submit_reason", "answer", "grader", "rubric_version", "graded_at"));
        for (String d : dims) {
            header.add(d + "_self");
            header.add(d + "_grade");
        }
        header.add("overridden_dimensions");
        Csv csv = new Csv().row(header);
        for (AttemptExport.Attempt a : export.attempts(user.id())) {
            var grade = a.currentGrade();
            List<String> row = new ArrayList<>(List.of(String.valueOf(a.attemptId()), String.valueOf(a.drillId()), a.drill(),
                    a.mode(), String.valueOf(a.position()), a.questionId(), a.questionVersion(), String.valueOf(a.chapter()),
                    a.question(), String.join(" ", a.targetDimensions()), text(a.startedAt()), text(a.submittedAt()),
                    a.submitReason() == null ? "" : a.submitReason(), a.answer(),
                    grade.map(AttemptExport.Grade::grader).orElse(""), grade.map(AttemptExport.Grade::rubricVersion).orElse(""),
                    grade.map(g -> text(g.gradedAt())).orElse("")));
            for (String d : dims) {
                row.add(label(a.selfRatings().get(d)));
                row.add(label(a.currentLevels().get(d)));
            }
            row.add(String.join(" ", a.overriddenDimensions()));
            csv.row(row);
        }
        csv.send(ctx, "staff-drill-attempts.csv");
    }

    public void json(Context ctx) {
        User user = Auth.current(ctx).user();
        ctx.header("Content-Disposition", "attachment; filename=\"staff-drill-attempts.json\"");
        ctx.json(Map.of("exportedAt", progress.now().toString(), "attempts", export.attempts(user.id())));
    }

    /** The JSON keeps level names (STRONG); the sheet shows what the pages show (Strong). */
    private static String label(String level) {
        return level == null ? "" : Level.valueOf(level).label();
    }

    private static String text(Instant t) {
        return t == null ? "" : t.toString();
    }
}
