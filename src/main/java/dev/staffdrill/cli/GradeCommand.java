package dev.staffdrill.cli;

import dev.staffdrill.config.Config;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Evidence;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.Grader;
import dev.staffdrill.grading.Graders;
import dev.staffdrill.grading.llm.LlmStore;
import dev.staffdrill.grading.offline.Relevance;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code grade (--question ID | --prompt-file FILE) --answer FILE [--json]}: grades one answer
 * now, with the configured grader (offline unless an LLM is configured), and prints the levels,
 * the signals with their evidence, the flags and the grader used. Nothing is stored: instructors
 * use it to try the grader on sample answers, developers to check a grading change by hand.
 */
@Command(name = "grade", description = "Grade one answer now with the configured grader and print the result.")
public final class GradeCommand implements Callable<Integer> {
    private final CliContext cli;

    static final class Target {
        @Option(names = "--question", paramLabel = "ID", description = "A question id from the content folder.")
        String questionId;
        @Option(names = "--prompt-file", paramLabel = "FILE",
                description = "A file holding a question prompt; graded on all five dimensions.")
        Path promptFile;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--answer", required = true, paramLabel = "FILE", description = "The answer to grade.")
    Path answerFile;

    @Option(names = "--json", description = "Print the grade as JSON.")
    boolean json;

    @Unmatched
    List<String> settings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public GradeCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Config config = cli.config(settings);
        // ContentException (exit 1 with file:line problems) when the content, or just the rubric, is invalid
        Rubric rubric;
        Question question;
        Relevance relevance = Relevance.none(); // a typed-in prompt has no bank to be compared with
        if (target.questionId != null) {
            ContentBank bank = ContentLoader.load(config.contentDir());
            relevance = new Relevance(() -> bank);
            rubric = bank.rubric();
            question = bank.question(target.questionId).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "no question '" + target.questionId + "' in " + config.contentDir()));
        } else {
            rubric = ContentLoader.rubricOnly(config.contentDir());
            question = fromPromptFile(target.promptFile, rubric);
        }
        String answer = read(answerFile, "--answer");
        Grader grader = Graders.fromConfig(config.llm(), LlmStore.NONE, GradeJson.mapper(), relevance);
        try {
            Grade g = grader.grade(rubric, question, answer, 0);
            if (json) {
                cli.out().println(GradeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(g));
            } else {
                print(cli.out(), g, rubric, question, grader.describe());
            }
        } finally {
            if (grader instanceof AutoCloseable c) {
                c.close();
            }
        }
        return 0;
    }

    private Question fromPromptFile(Path file, Rubric rubric) {
        String prompt = read(file, "--prompt-file");
        String version;
        try { // like a question file's version: a hash of its content
            version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(prompt.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Question("prompt-file", 0, List.of(), QuestionKind.EXERCISE, file.getFileName().toString(), 15,
                rubric.dimensionIds(), List.of(), prompt.strip(), "", "", version, file.toString());
    }

    private String read(Path file, String option) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + option + " " + file + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    static void print(PrintWriter out, Grade g, Rubric rubric, Question q, String graderDescription) {
        out.println("Grader:   " + g.grader() + " — " + graderDescription);
        if (!Grade.LLM.equals(g.grader())) {
            out.println("          An automatic signal check: it looks for the signals a Staff answer shows, "
                    + "not whether the answer is correct.");
        }
        if (!g.note().isEmpty()) {
            out.println("Note:     " + g.note());
        }
        out.println("Question: " + q.id() + " (version " + q.version() + "), rubric " + g.rubricVersion());
        out.println();
        for (DimensionGrade d : g.dimensions()) {
            String name = rubric.dimension(d.dimension()).map(Rubric.Dimension::label).orElse(d.dimension());
            String beside = g.offlineCheck().stream().filter(o -> o.dimension().equals(d.dimension())).findFirst()
                    .map(o -> "   (offline signal check: " + o.level().label() + ")").orElse("");
            out.println(name + ": " + d.level().label() + beside);
            out.println("  signals found:   " + (d.signalsFound().isEmpty() ? "none" : String.join(", ", d.signalsFound())));
            for (Evidence e : d.evidence()) {
                out.println("    [" + (e.signalId().isEmpty() ? "mentions only" : e.signalId()) + "] \""
                        + e.quote().replaceAll("\\s+", " ") + "\"");
            }
            out.println("  signals missing: " + (d.signalsMissing().isEmpty() ? "none" : String.join(", ", d.signalsMissing())));
            if (!d.feedback().isEmpty()) {
                out.println("  feedback: " + d.feedback());
            }
            out.println();
        }
        out.println("Flags:    " + (g.flags().isEmpty() ? "none"
                : String.join("; ", g.flags().stream().map(f -> f + " (" + GradeFlag.labelOf(f) + ")").toList())));
        if (!g.guidancePoints().isEmpty()) {
            out.println("Guidance: covers " + g.pointsCovered() + " of " + g.guidancePoints().size()
                    + " points (by the words used, not their correctness):");
            g.guidancePoints().forEach(p -> out.println("  [" + (p.covered() ? "x" : " ") + "] " + p.point()));
        }
        for (var e : g.technicalErrors()) {
            out.println((e.core() ? "Core error" : "Minor error") + (e.dimension().isEmpty() ? "" : " (" + e.dimension()
                    + ")") + ": \"" + e.quote().replaceAll("\\s+", " ") + "\" — " + e.correction());
        }
        if (!g.feedback().isEmpty()) {
            out.println("Feedback: " + g.feedback());
        }
    }
}
