package dev.staffdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.Main;
import dev.staffdrill.importer.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    /** The seed itself, beside the clone (CI checks out ../shared next to it). */
    private static final String SEED = "../shared/seeds/001_ba28c8e02711b3f5.txt";
    private static final String FIXTURES = "src/test/resources/importer/";

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, Map.of(), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void dryRunJsonOfTheMasterReviewIsItsFifteenStep5ExercisesInFiveGroups() throws Exception {
        assertThat(Path.of(SEED)).as("the seeds are checked out at ../shared").exists();

        Run r = run("import", "--dry-run", "--json", SEED);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode file = new ObjectMapper().readTree(r.out()).path("files").get(0);
        JsonNode items = file.path("items");
        assertThat(items).hasSize(15);
        List<String> titles = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        items.forEach(i -> {
            titles.add(i.path("title").asText());
            groups.add(i.path("group").asText());
            assertThat(i.path("prompt").asText()).isNotBlank();
            assertThat(i.has("chapter") && i.has("kind") && i.has("guidance")).isTrue();
        });
        assertThat(titles).containsExactly("Cost audit", "Budget constraint redesign", "Cost-driven migration",
                "10× thought experiment", "Bottleneck hunt", "Anti-growth modeling", "Ownership debate",
                "Cross-team failure", "Human error injection", "Cascading CAP failure",
                "Consistency degradation ladder", "Shard failure during rebalance", "Argue both sides",
                "Migration postmortem", "Technology migration");
        assertThat(groups).containsExactly("Cost-Focused Exercises", "Scale Stress Tests",
                "Organizational Stress Tests", "Failure Injection Scenarios", "Evolution & Migration Debates");
        assertThat(file.path("sets")).hasSize(5);
        assertThat(file.path("sets").get(0).path("items")).hasSize(3);
    }

    @Test
    void dryRunWritesNothing() {
        Path data = tmp.resolve("data");
        Run r = run("import", "--dry-run", FIXTURES + "followups-numbered.md", "--data-dir", data.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("followups-numbered.md: chapter 16 \"Leader Election, Coordination, and "
                + "Distributed Locks\", 4 items").contains("follow-up");
        assertThat(data).doesNotExist();
    }

    @Test
    void missingAndUnrecognisedFilesFailWithOneLineEachAndNothingIsImported() {
        Path data = tmp.resolve("data");
        Run r = run("import", FIXTURES + "followups-numbered.md", tmp.resolve("nope.md").toString(),
                FIXTURES + "no-sections.md", "--data-dir", data.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(2).satisfiesExactly(
                l -> assertThat(l).isEqualTo("error: " + tmp.resolve("nope.md") + ": no such file"),
                l -> assertThat(l).startsWith("error: " + FIXTURES + "no-sections.md: no importable section found; "
                        + "looked for headings \"Google L6 Interview Follow-Ups This Design Must Survive\", "
                        + "\"PART 18: Brainstorming, Exercises & Redesigns\", \"BRAINSTORMING QUESTIONS & DEEP EXERCISES\", "
                        + "\"PART 16 … How interviewers probe this system\""));
        assertThat(data).doesNotExist();
    }

    @Test
    void applyPrintsASummaryAndAReimportIsUnchanged() throws Exception {
        Path content = TestContent.folder(tmp.resolve("content"));
        String[] args = {"import", "--data-dir", tmp.resolve("data").toString(), "--content-dir", content.toString(),
                FIXTURES + "followups-numbered.md", FIXTURES + "part18-headings.md"};

        Run first = run(args);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().lines()).containsExactly(
                "followups-numbered.md: 4 added, 0 updated, 0 unchanged, 0 retired; 9 probes attached, "
                        + "1 interviewer bullet skipped (no guidance)",
                "part18-headings.md: 7 added, 0 updated, 0 unchanged, 0 retired");

        Run again = run(args);
        assertThat(again.out().lines()).containsExactly("followups-numbered.md: unchanged (4 items); 9 probes "
                        + "attached, 1 interviewer bullet skipped (no guidance)",
                "part18-headings.md: unchanged (7 items)");

        // An edit after the title is a new version of the same item...
        Path edited = tmp.resolve("part18-headings.md");
        String text = Files.readString(Path.of(FIXTURES + "part18-headings.md"));
        Files.writeString(edited, text.replace("Which partition count do you pick now", "Which partition count now"));
        JsonNode summary = summary(run("import", "--json", "--data-dir", tmp.resolve("data").toString(),
                "--content-dir", content.toString(), edited.toString()));
        assertThat(summary.path("updated").asInt()).isEqualTo(1);
        assertThat(summary.path("unchanged").asInt()).isEqualTo(6);

        // ...while rewording an untitled item's first sentence (its title) makes it a new item.
        Files.writeString(edited, text.replace("billing topic", "invoicing topic"));
        summary = summary(run("import", "--json", "--data-dir", tmp.resolve("data").toString(),
                "--content-dir", content.toString(), edited.toString()));
        assertThat(summary.path("added").asInt()).isEqualTo(1);
        assertThat(summary.path("updated").asInt()).as("the first edit is reverted").isEqualTo(1);
        assertThat(summary.path("retired").asInt()).isEqualTo(1);
    }

    private static JsonNode summary(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out()).path("files").get(0);
    }
}
