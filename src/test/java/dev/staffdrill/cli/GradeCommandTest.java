package dev.staffdrill.cli;

import dev.staffdrill.Main;
import dev.staffdrill.content.Level;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.GradingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GradeCommandTest {
    @TempDir
    Path tmp;
    private Path content;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeContent() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("chapters"));
        Files.createDirectories(content.resolve("questions/ch16"));
        Files.copy(Path.of("content", "rubric.yaml"), content.resolve("rubric.yaml"));
        Files.writeString(content.resolve("chapters/ch16.md"), """
                ---
                id: ch16
                number: 16
                title: Replication
                gaps:
                  - id: 16-F1
                    title: A slow follower, not a dead one
                    category: F
                ---
                Leaders, followers and what a slow replica does to writes.
                """);
        Files.writeString(content.resolve("questions/ch16/16-fu-slow-follower.md"), """
                ---
                id: 16-fu-slow-follower
                chapter: 16
                kind: follow-up
                title: One follower is slow, not dead
                minutes: 6
                dimensions: [B, C]
                gaps: [16-F1]
                ---
                One of two synchronous followers turns slow at 8K writes/s. What happens, and what do you change?

                ## Guidance
                - Every write waits on the slow follower; drop it to async.

                ## Model answer sketch
                Drop the slow follower to asynchronous replication within seconds.
                """);
        Files.writeString(tmp.resolve("staff.txt"), GradingFixtures.answer("staff"));
        Files.writeString(tmp.resolve("prompt.md"), "Your order store's follower turns slow. Walk through it.");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--content-dir";
        all[args.length + 1] = content.toString();
        return Main.execute(all, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void gradesAQuestionFromTheContentFolderAndPrintsLevelsSignalsEvidenceAndGrader() {
        int code = run("grade", "--question", "16-fu-slow-follower", "--answer", tmp.resolve("staff.txt").toString());
        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("Grader:   OFFLINE — offline signal check", "not whether the answer is correct",
                "B. Failure & Degradation: Strong", "C. Scale & Evolution: Strong", "[blast-radius] \"",
                "signals missing:", "Flags:    none");
        assertThat(text).doesNotContain("A. Judgment");
    }

    @Test
    void promptFileIsGradedOnAllFiveDimensionsAndJsonIsAGrade() throws Exception {
        int code = run("grade", "--prompt-file", tmp.resolve("prompt.md").toString(),
                "--answer", tmp.resolve("staff.txt").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        Grade g = GradeJson.mapper().readValue(out.toString(), Grade.class);
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE);
        assertThat(g.dimensions()).extracting(DimensionGrade::dimension).containsExactly("A", "B", "C", "D", "E");
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.STRONG);
    }

    @Test
    void unknownQuestionAndMissingAnswerFileAreClearErrors() {
        assertThat(run("grade", "--question", "nope", "--answer", tmp.resolve("staff.txt").toString())).isNotZero();
        assertThat(err.toString()).contains("no question 'nope'");
        assertThat(run("grade", "--question", "16-fu-slow-follower", "--answer", tmp.resolve("missing.txt").toString()))
                .isNotZero();
        assertThat(err.toString()).contains("cannot read --answer");
    }

    @Test
    void questionAndPromptFileAreMutuallyExclusive() {
        assertThat(run("grade", "--question", "16-fu-slow-follower", "--prompt-file", "x", "--answer", "y")).isNotZero();
        assertThat(err.toString()).contains("mutually exclusive");
    }
}
