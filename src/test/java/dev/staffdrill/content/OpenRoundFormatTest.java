package dev.staffdrill.content;

import dev.staffdrill.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The issue-15 {@code open:} block (open design round): parsed into an {@link OpenRound}, every
 * mistake reported as {@code file:line: what}. The fixture's deep item carries a round whose
 * {@code open:} line is 12, {@code title:} 13, {@code brief:} 14, {@code facts:} 15 and whose facts
 * start on lines 16, 20, 24, 28, 31 and 34.
 */
class OpenRoundFormatTest {
    @TempDir
    Path tmp;

    @Test
    void theRoundIsParsedWithItsFactsInOrder() {
        Question q = ContentLoader.load(Fixtures.content(tmp)).question("14-ex-deep").orElseThrow();
        assertThat(q.open().present()).isTrue();
        assertThat(q.open().title()).isEqualTo("Strong or eventual for the cart");
        assertThat(q.open().brief()).startsWith("Your cart service spans several regions.");
        assertThat(q.open().facts()).extracting(OpenRound.Fact::id)
                .containsExactly("writes", "regions", "loss-cost", "team", "budget", "stack");
        assertThat(q.open().facts()).filteredOn(OpenRound.Fact::askFirst).extracting(OpenRound.Fact::id)
                .containsExactly("writes", "regions", "loss-cost");
        assertThat(q.open().fact("regions").orElseThrow().label()).isEqualTo("Regions");
        assertThat(q.open().fact("regions").orElseThrow().value()).startsWith("3 regions, 70 ms apart");
    }

    @Test
    void itemsWithoutTheBlockHaveNoRoundAndFactsNeverReachThePrompt() {
        ContentBank bank = ContentLoader.load(Fixtures.content(tmp));
        assertThat(bank.question("14-fu-q1").orElseThrow().open().present()).isFalse();
        Question q = bank.question("14-ex-deep").orElseThrow();
        for (String shown : List.of(q.prompt(), q.guidance(), q.modelAnswer(), q.weakExample(), q.moderateExample())) {
            assertThat(shown).doesNotContain("SECRET-FACT");
        }
    }

    @Test
    void aBriefThatGivesANumberIsRejectedOnTheLineOfTheNumber() throws IOException {
        Path dir = with("spans several regions.", "spans 3 regions.");
        assertProblem(dir, "questions/ch14/14-ex-deep.md:14: open: the brief gives a number ('3')");
        // names with digits in them are not numbers
        assertThat(ContentLoader.load(with("spans several regions.", "spans several regions on S3 with a p99 goal.")
                ).question("14-ex-deep").orElseThrow().open().present()).isTrue();
    }

    @Test
    void aTitleIsRequiredAndMayNotGiveANumberEither() throws IOException {
        assertProblem(with("  title: Strong or eventual for the cart\n", ""), "14-ex-deep.md:12: open: 'title' is required");
        assertProblem(with("eventual for the cart\n", "eventual for 40K carts\n"),
                "14-ex-deep.md:13: open: the title gives a number ('40K')");
    }

    @Test
    void aMissingBriefOrFactsListIsReported() throws IOException {
        assertProblem(with("  brief: Your cart service spans several regions. Argue strong versus eventual consistency for it.\n", ""),
                "14-ex-deep.md:12: open: 'brief' is required");
        assertProblem(with("open:\n", "open:\n  facts_: 1\n"), "14-ex-deep.md:13: open: unknown key 'facts_'");
    }

    @Test
    void aFactWithoutAValueIsReportedOnItsLine() throws IOException {
        assertProblem(with("      value: 6 engineers own carts, SECRET-FACT-TEAM\n", ""),
                "14-ex-deep.md:28: fact 4: 'value' is required");
    }

    @Test
    void badIdsLabelsAndKeysAreReportedOnTheirLines() throws IOException {
        assertProblem(with("- id: team", "- id: Team_Size"), "14-ex-deep.md:28: fact 4: id 'Team_Size' must be lowercase");
        assertProblem(with("- id: budget", "- id: writes"), "14-ex-deep.md:31: fact 5: id 'writes' is used twice");
        assertProblem(with("label: Budget", "label: Regions"), "14-ex-deep.md:32: fact 5: label 'Regions' is used twice");
        assertProblem(with("label: Budget", "hint: Budget"), "14-ex-deep.md:32: fact 5: unknown key 'hint'");
        assertProblem(with("label: Budget", "label: What the whole cart tier may cost each month, all in"),
                "14-ex-deep.md:32: fact 5: label is 52 characters");
        assertProblem(with("      first: true\n    - id: loss-cost", "      first: yes please\n    - id: loss-cost"),
                "14-ex-deep.md:23: fact 2: 'first' must be true or false");
    }

    @Test
    void tooFewFactsOrAskFirstMarksAreReported() throws IOException {
        assertProblem(with("    - id: stack\n      label: Existing stack\n"
                        + "      value: Postgres per region with async replication, SECRET-FACT-STACK\n", ""),
                "14-ex-deep.md:15: open: a round holds 6 to 10 facts, got 5");
        assertProblem(with("      value: A lost cart loses $40 of orders on average, SECRET-FACT-LOSS\n      first: true\n",
                        "      value: A lost cart loses $40 of orders on average, SECRET-FACT-LOSS\n"),
                "14-ex-deep.md:15: open: mark 3 to 4 facts 'first: true'", "got 2");
    }

    @Test
    void factsArePartOfTheVersion() throws IOException {
        String before = ContentLoader.load(Fixtures.content(tmp)).question("14-ex-deep").orElseThrow().version();
        String after = ContentLoader.load(with("$20K/month", "$25K/month")).question("14-ex-deep").orElseThrow().version();
        assertThat(after).isNotEqualTo(before);
    }

    /** A fresh fixture with {@code from} replaced by {@code to} in the deep item. */
    private Path with(String from, String to) throws IOException {
        Path dir = Files.exists(tmp.resolve("rubric.yaml")) ? Files.createTempDirectory(tmp, "c") : tmp;
        Fixtures.content(dir);
        Path f = dir.resolve("questions/ch14/14-ex-deep.md");
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to));
        return dir;
    }

    private static void assertProblem(Path dir, String... fragments) {
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class,
                e -> assertThat(e.problems()).as(String.join("\n", e.problems()))
                        .anyMatch(p -> List.of(fragments).stream().allMatch(p::contains)));
    }
}
