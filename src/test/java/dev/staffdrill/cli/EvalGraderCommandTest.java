package dev.staffdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EvalGraderCommandTest {
    private static final Path SET = Path.of("src/test/resources/grading/eval");
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--content-dir";
        all[args.length + 1] = "content";
        return Main.execute(all, Map.of(), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsAgreementOrderingChecksAndWorstDisagreements() {
        assertThat(run("eval-grader", SET.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Grader:            offline signal check", "Answers:           48",
                "Exact agreement:", "Mean abs. error:", "Spearman rho:", "L4 < L5 < L6 (summed levels)",
                "stuffed list < L5", "off-topic flagged and < L6", "Worst disagreements");
    }

    @Test
    void jsonIsTheReport() throws Exception {
        assertThat(run("eval-grader", SET.toString(), "--json")).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.path("answers").asInt()).isEqualTo(48);
        assertThat(r.path("spearman").asDouble()).isBetween(-1.0, 1.0);
        assertThat(r.path("checks").size()).isEqualTo(4);
        assertThat(r.path("rows").size()).isEqualTo(48);
    }

    @Test
    void anEmptyFolderIsAClearError() {
        assertThat(run("eval-grader", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds no question folders", "labels.json");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void malformedLabelsAreClearErrors() throws IOException {
        Path q = Files.createDirectories(tmp.resolve("14-fu-slow-replica-not-dead"));
        Files.writeString(q.resolve("a.md"), "The slow replica makes every read slower.");
        Files.writeString(q.resolve("labels.json"), "{\"a.md\": {\"levels\": {\"B\": \"GREAT\"");
        assertThat(run("eval-grader", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("labels.json: not valid JSON");

        Files.writeString(q.resolve("labels.json"), "{\"a.md\": {\"kind\": \"l4\", \"levels\": {\"B\": \"GREAT\"}}}");
        assertThat(run("eval-grader", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("a.md needs a level for dimension B", "found 'GREAT'");

        Files.writeString(q.resolve("labels.json"), "{\"b.md\": {\"kind\": \"l4\", \"levels\": {}}}");
        assertThat(run("eval-grader", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no label for a.md");

        Path unknown = Files.createDirectories(tmp.resolve("no-such-question"));
        Files.writeString(unknown.resolve("labels.json"), "{}");
        Files.writeString(q.resolve("labels.json"), "{\"a.md\": {\"kind\": \"l4\", \"levels\": {\"A\": \"WEAK\", \"B\": \"WEAK\"}}}");
        assertThat(run("eval-grader", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no question 'no-such-question'");
    }
}
