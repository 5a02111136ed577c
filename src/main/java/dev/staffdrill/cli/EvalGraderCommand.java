package dev.staffdrill.cli;

import dev.staffdrill.config.Config;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.Grader;
import dev.staffdrill.grading.Graders;
import dev.staffdrill.grading.eval.EvalCase;
import dev.staffdrill.grading.eval.EvalException;
import dev.staffdrill.grading.eval.EvalPrinter;
import dev.staffdrill.grading.eval.EvalReport;
import dev.staffdrill.grading.eval.EvalSet;
import dev.staffdrill.grading.eval.GraderEval;
import dev.staffdrill.grading.llm.LlmStore;
import dev.staffdrill.grading.offline.Relevance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code eval-grader DIR [--json]}: grades a folder of labelled answers with the configured grader
 * and prints how it agrees with the labels (see {@link EvalSet} for the layout). This is how an
 * instructor checks a model before trusting it with learners. Stores nothing.
 */
@Command(name = "eval-grader", description = "Grade a folder of labelled answers with the configured grader and "
        + "print agreement with the labels: exact agreement, MAE, Spearman, ordering checks, worst disagreements.")
public final class EvalGraderCommand implements Callable<Integer> {
    private final CliContext cli;

    @Parameters(index = "0", paramLabel = "DIR", description = "DIR/<question-id>/<answer>.md plus "
            + "DIR/<question-id>/labels.json ({\"file.md\": {\"kind\": \"l5\", \"levels\": {\"A\": \"MODERATE\"}}}).")
    Path dir;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Unmatched
    List<String> settings;

    public EvalGraderCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Config config = cli.config(settings);
        ContentBank bank = ContentLoader.load(config.contentDir());
        List<EvalCase> cases;
        try {
            cases = EvalSet.load(dir, bank);
        } catch (EvalException e) {
            cli.err().println("error: " + e.getMessage());
            return 2;
        }
        Grader grader = Graders.fromConfig(config.llm(), LlmStore.NONE, GradeJson.mapper(), new Relevance(() -> bank));
        try {
            EvalReport report = GraderEval.run(grader, bank, cases);
            if (json) {
                cli.out().println(GradeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } else {
                EvalPrinter.print(cli.out(), report);
            }
        } finally {
            if (grader instanceof AutoCloseable c) {
                c.close();
            }
        }
        return 0;
    }
}
