package dev.staffdrill.grading;

import dev.staffdrill.grading.llm.AuditEntry;
import dev.staffdrill.web.Shell;
import dev.staffdrill.web.Views;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradingAuditPageTest {
    @Test
    void listsEachCallWithItsOutcomeAndEscapesWhatWasSentAndReceived() {
        Shell shell = new Shell("Grading audit", "root", "ADMIN", "csrf", "", "offline", false);
        AuditEntry call = new AuditEntry(9, "openai", "gpt-test", "l6-grade-1", "{\"messages\":\"<answer-1>x</answer-1>\"}",
                "<b>raw</b>", 200, 812, 1234, 321, 2, "QUOTES_DROPPED", "1 quote(s) not found in the answer were dropped",
                Instant.parse("2026-11-21T10:00:00Z"));
        String html = new Views(false).render("grading/audit.jte",
                new GradingAuditPage(shell, 9, List.of(call), List.of()));
        assertThat(html).contains("Grading audit · attempt 9", "openai / gpt-test", "812 ms", "1234 / 321",
                "QUOTES_DROPPED", "&lt;b&gt;raw&lt;/b&gt;", "&lt;answer-1&gt;").doesNotContain("<b>raw</b>");
    }

    @Test
    void saysSoWhenNoLlmCallWasMade() {
        Shell shell = new Shell("Grading audit", "root", "ADMIN", "csrf", "", "offline", false);
        String html = new Views(false).render("grading/audit.jte", new GradingAuditPage(shell, 3, List.of(), List.of()));
        assertThat(html).contains("No LLM call was made for this attempt");
    }
}
