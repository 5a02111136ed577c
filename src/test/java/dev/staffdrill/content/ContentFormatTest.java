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

/** The issue-14 additions to the question format: worked numbers, Weak/Moderate examples, STEP 5 maps. */
class ContentFormatTest {
    @TempDir
    Path tmp;

    @Test
    void workedLinesAndExamplesAreLoadedAndKeptOutOfThePrompt() {
        Question q = ContentLoader.load(Fixtures.content(tmp)).question("14-ex-deep").orElseThrow();
        assertThat(q.worked()).containsExactly("40K writes/s × 86,400 s/day ≈ 3.5B writes/day",
                "3.5B × 1 KB ≈ 3.5 TB");
        assertThat(q.weakExample()).startsWith("SECRET-WEAK").contains("Why Weak: names a model");
        assertThat(q.moderateExample()).startsWith("SECRET-MODERATE").endsWith("never priced.");
        assertThat(q.modelAnswer()).doesNotContain("SECRET-WEAK", "SECRET-MODERATE");
        assertThat(q.prompt()).doesNotContain("SECRET", "Why Weak", "Why Moderate", "≈");
        assertThat(q.hasExamples()).isTrue();
    }

    @Test
    void aWrongWorkedLineIsReportedOnItsOwnLineWithTheComputedValue() throws IOException {
        Path dir = editDeep("\"3.5B × 1 KB ≈ 3.5 TB\"", "\"3.5B × 1 KB ≈ 35 TB\"");
        assertProblem(dir, "questions/ch14/14-ex-deep.md:11: worked line 2: 3.5B × 1 KB evaluates to 3.5 TB, not 35 TB");
    }

    @Test
    void aDimensionMismatchIsReported() throws IOException {
        Path dir = editDeep("≈ 3.5B writes/day\"", "≈ 3.5B writes\"");
        assertProblem(dir, "14-ex-deep.md:10: worked line 1: ", "is in 1/s but 3.5B writes is a count");
    }

    @Test
    void anUnreadableOrUnquotedWorkedLineIsReported() throws IOException {
        Path dir = editDeep("  - \"3.5B × 1 KB ≈ 3.5 TB\"", "  - 3.5B × 1 KB: 3.5 TB");
        assertProblem(dir, "14-ex-deep.md:11: worked line 2 must be one quoted string");
        Path dir2 = editDeep("  - 3.5B × 1 KB: 3.5 TB", "  - \"5min ≈ 300 s\"");
        assertProblem(dir2, "14-ex-deep.md:11: worked line 2: cannot read '5min'", "put a space");
    }

    @Test
    void workedMustBeAList() throws IOException {
        Path dir = editDeep("worked:\n  - \"40K writes/s × 86,400 s/day ≈ 3.5B writes/day\"\n  - \"3.5B × 1 KB ≈ 3.5 TB\"   # a day of cart writes",
                "worked: \"1 ≈ 1\"");
        assertProblem(dir, "14-ex-deep.md:9: 'worked' must be a list");
    }

    @Test
    void anExampleWithoutItsWhyLineIsReported() throws IOException {
        Path dir = editDeep("Why Weak: names a model", "Weak because: names a model");
        assertProblem(dir, "14-ex-deep.md:", "'## Weak example' section must end with a paragraph starting 'Why Weak:'");
    }

    @Test
    void anExampleThatIsOnlyAWhyLineIsReported() throws IOException {
        Path dir = editDeep("SECRET-MODERATE: eventual for carts with merge on conflict, strong at checkout.\n\n", "");
        assertProblem(dir, "14-ex-deep.md:", "needs the example answer before its 'Why Moderate:' line");
    }

    @Test
    void questionsWithoutExamplesOrWorkedLinesStillLoad() {
        Question q = ContentLoader.load(Fixtures.content(tmp)).question("14-fu-q1").orElseThrow();
        assertThat(q.worked()).isEmpty();
        assertThat(q.weakExample()).isEmpty();
        assertThat(q.hasExamples()).isFalse();
    }

    @Test
    void aStep5MapMustNameQuestionsOfTheSetInStep5Order() throws IOException {
        Path dir = Fixtures.content(tmp);
        Path set = dir.resolve("sets/warmup.md");
        String text = Files.readString(set);
        Files.writeString(set, text.replace("questions: [14-fu-q1, 14-fu-q2, 14-fu-q3]",
                "questions: [14-fu-q1, 14-fu-q2, 14-fu-q3]\nstep5:\n  4: 14-fu-q1\n  5: 14-fu-q3"));
        assertThat(ContentLoader.load(dir).set("warmup").orElseThrow().step5())
                .containsExactly(java.util.Map.entry(4, "14-fu-q1"), java.util.Map.entry(5, "14-fu-q3"));

        Files.writeString(set, text.replace("questions: [14-fu-q1, 14-fu-q2, 14-fu-q3]",
                "questions: [14-fu-q1, 14-fu-q2, 14-fu-q3]\nstep5:\n  4: 14-fu-q3\n  5: 14-fu-q1\n  6: 14-ex-deep"));
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.problems()).anyMatch(p -> p.contains("sets/warmup.md:5: step5 exercise 5 ('14-fu-q1') comes before"));
            assertThat(e.problems()).anyMatch(p -> p.contains("step5 exercise 6 names '14-ex-deep', which is not in the set"));
        });
    }

    private Path editDeep(String from, String to) throws IOException {
        Path dir = Files.exists(tmp.resolve("rubric.yaml")) ? tmp : Fixtures.content(tmp);
        Path f = dir.resolve("questions/ch14/14-ex-deep.md");
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to));
        return dir;
    }

    private static void assertProblem(Path dir, String... fragments) {
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class,
                e -> assertThat(e.problems()).as(String.join("\n", e.problems())).anyMatch(p -> List.of(fragments).stream().allMatch(p::contains)));
    }
}
