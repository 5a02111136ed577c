package dev.staffdrill.grading;

import dev.staffdrill.grading.llm.AuditEntry;
import dev.staffdrill.web.Shell;

import java.util.List;

/** Page record for grading/audit.jte: the LLM calls made to grade one attempt, and its grades. */
public record GradingAuditPage(Shell shell, long attemptId, List<AuditEntry> calls, List<Grade> grades) {
    /** "1234 / 321", or "–" when the provider did not report usage. */
    public static String tokens(AuditEntry e) {
        return (e.inputTokens() == null ? "–" : e.inputTokens()) + " / " + (e.outputTokens() == null ? "–" : e.outputTokens());
    }
}
