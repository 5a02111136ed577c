package dev.staffdrill.grading.eval;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.grading.offline.Relevance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline grader against the labelled set in src/test/resources/grading/eval: 8 bank questions
 * × 6 kinds of answer, each labelled per dimension by an L6 reviewer. The bars are the issue's;
 * answers the grader has never seen are held to the same bars.
 */
class LabelledSetTest {
    static final Path SET = Path.of("src/test/resources/grading/eval");
    private static EvalReport report;

    @BeforeAll
    static void grade() {
        ContentBank bank = ContentLoader.load(Path.of("content"));
        List<EvalCase> cases = EvalSet.load(SET, bank);
        report = GraderEval.run(new OfflineGrader(new Relevance(() -> bank)), bank, cases);
        StringWriter s = new StringWriter();
        EvalPrinter.print(new PrintWriter(s), report);
        System.out.println(s);
        if (Boolean.getBoolean("eval.rows")) {
            report.rows().forEach(r -> System.out.println(r.questionId() + "/" + r.kind() + " " + r.labelled() + " -> "
                    + r.graded() + " " + r.flags() + " " + r.signalsFound()));
        }
    }

    private static EvalReport.Check check(String prefix) {
        return report.checks().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theSetHasEightQuestionsOfSixKinds() {
        assertThat(report.rows().stream().map(EvalReport.Row::questionId).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(report.rows().stream().map(EvalReport.Row::kind).distinct())
                .contains("l4", "l5", "l6", "stuffed", "off-topic", "wrong");
    }

    @Test
    void textbookBelowSolidBelowStaffOnSevenOfEight() {
        assertThat(check("L4 < L5 < L6").held()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void stuffedListBelowSolidEverywhere() {
        EvalReport.Check c = check("stuffed");
        assertThat(c.held()).isEqualTo(c.of()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void offTopicFlaggedAndBelowStaffEverywhere() {
        EvalReport.Check c = check("off-topic");
        assertThat(c.held()).isEqualTo(c.of()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void agreesWithTheReviewer() {
        assertThat(report.exactAgreement()).isGreaterThanOrEqualTo(0.45);
        assertThat(report.spearman()).isGreaterThanOrEqualTo(0.7);
    }
}
