package dev.staffdrill.content;

import dev.staffdrill.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void loadsAValidFolder() {
        ContentBank bank = ContentLoader.load(Fixtures.content(tmp));
        assertThat(bank.chapters()).extracting(Chapter::number).containsExactly(14);
        assertThat(bank.questions()).hasSize(5);
        Question q = bank.question("14-fu-q1").orElseThrow();
        assertThat(q.prompt()).contains("900 ms").doesNotContain("SECRET-GUIDANCE");
        assertThat(q.guidance()).contains("SECRET-GUIDANCE-1");
        assertThat(q.modelAnswer()).contains("SECRET-MODEL-1");
        assertThat(q.dimensions()).containsExactly("B", "C");
        assertThat(q.version()).hasSize(12);
        assertThat(bank.set("warmup").orElseThrow().questionIds()).hasSize(3);
        assertThat(bank.rubric().dimensionIds()).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void editingAQuestionChangesItsVersion() throws IOException {
        Path dir = Fixtures.content(tmp);
        String before = ContentLoader.load(dir).question("14-fu-q1").orElseThrow().version();
        Path f = dir.resolve("questions/ch14/14-fu-q1.md");
        Files.writeString(f, Files.readString(f).replace("900 ms", "1200 ms"));
        assertThat(ContentLoader.load(dir).question("14-fu-q1").orElseThrow().version()).isNotEqualTo(before);
    }

    @Test
    void duplicateIdIsReportedWithFileAndLine() throws IOException {
        Path dir = Fixtures.content(tmp);
        Files.writeString(dir.resolve("questions/ch14/copy.md"),
                Files.readString(dir.resolve("questions/ch14/14-fu-q2.md")));
        assertProblem(dir, "questions/ch14/copy.md:2: duplicate question id '14-fu-q2'");
    }

    @Test
    void unknownDimensionIsReportedOnItsLine() throws IOException {
        Path dir = edit("14-fu-q1", "dimensions: [B, C]", "dimensions: [B, Z]");
        assertProblem(dir, "14-fu-q1.md:7: unknown dimension 'Z'");
    }

    @Test
    void missingGuidanceIsReported() throws IOException {
        Path dir = edit("14-fu-q1", "## Guidance", "## Hints");
        assertProblem(dir, "14-fu-q1.md:", "missing '## Guidance' section");
    }

    @Test
    void emptyModelAnswerIsReported() throws IOException {
        Path dir = Fixtures.content(tmp);
        Path f = dir.resolve("questions/ch14/14-fu-q3.md");
        String text = Files.readString(f);
        Files.writeString(f, text.substring(0, text.indexOf("## Model answer sketch") + 22) + "\n");
        assertProblem(dir, "14-fu-q3.md:", "Model answer sketch");
    }

    @Test
    void setNamingAMissingQuestionIsReported() throws IOException {
        Path dir = Fixtures.content(tmp);
        Path f = dir.resolve("sets/warmup.md");
        Files.writeString(f, Files.readString(f).replace("14-fu-q3]", "14-fu-nope]"));
        assertProblem(dir, "sets/warmup.md:4: set names question '14-fu-nope', which does not exist");
    }

    @Test
    void badYamlUnknownKeysAndRangesAreReported() throws IOException {
        Path dir = edit("14-fu-q1", "minutes: 5", "minutes: 45");
        edit("14-fu-q2", "kind: follow-up", "kind: quiz");
        edit("14-fu-q3", "title: Follow-up number 3", "title: [unclosed");
        edit("14-fu-q4", "gaps: [14-F1]", "gaps: [14-F1]\nlevel: hard");
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.problems()).anyMatch(p -> p.contains("14-fu-q1.md:6: a follow-up takes 4 to 8 minutes, got 45"));
            assertThat(e.problems()).anyMatch(p -> p.contains("14-fu-q2.md:4: unknown kind 'quiz'"));
            assertThat(e.problems()).anyMatch(p -> p.contains("14-fu-q3.md:") && p.contains("invalid YAML"));
            assertThat(e.problems()).anyMatch(p -> p.contains("14-fu-q4.md:9: unknown key 'level'"));
            assertThat(e.problems()).allMatch(p -> !p.contains("\n"));
        });
    }

    @Test
    void unknownGapAndChapterAreReported() throws IOException {
        Path dir = edit("14-fu-q1", "gaps: [14-F1]", "gaps: [14-F9]");
        edit("14-fu-q2", "chapter: 14", "chapter: 99");
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.problems()).anyMatch(p -> p.contains("14-fu-q1.md:8: unknown gap id '14-F9'"));
            assertThat(e.problems()).anyMatch(p -> p.contains("14-fu-q2.md:3: unknown chapter 99"));
        });
    }

    private Path edit(String id, String from, String to) throws IOException {
        Path dir = tmp.resolve("rubric.yaml").toFile().exists() ? tmp : Fixtures.content(tmp);
        Path f = dir.resolve("questions/ch14/" + id + ".md");
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to));
        return dir;
    }

    private static void assertProblem(Path dir, String... fragments) {
        assertThatThrownBy(() -> ContentLoader.load(dir)).isInstanceOfSatisfying(ContentException.class,
                e -> assertThat(e.problems()).anyMatch(p -> {
                    for (String f : fragments) {
                        if (!p.contains(f)) {
                            return false;
                        }
                    }
                    return true;
                }));
    }
}
