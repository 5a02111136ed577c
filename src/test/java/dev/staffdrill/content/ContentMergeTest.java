package dev.staffdrill.content;

import dev.staffdrill.importer.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentMergeTest {
    @TempDir
    Path tmp;

    private static Question imported(String id, int minutes, List<String> dims, String guidance) {
        return new Question(id, 21, List.of(14, 99), QuestionKind.FOLLOW_UP, "Cache stampede", minutes, dims, List.of(),
                "A cache flush sends 40K reads/s to the database. What happens?", guidance,
                "Request coalescing.", "v1", "import:ch21.md:12");
    }

    private ContentBank files() {
        return ContentLoader.load(TestContent.folder(tmp));
    }

    @Test
    void importedQuestionsNeedNoGapsAndAnyMinutesAndBringTheirChapter() {
        ContentBank bank = ContentMerge.merge(files(), new ImportedContent(
                List.of(imported("imp-21-fu-cache-stampede", 45, List.of("B", "C"), "Coalesce requests.")),
                List.of(new ExerciseSet("imp-set", "Caching", "From ch21.md", List.of("imp-21-fu-cache-stampede"))),
                Map.of(21, "Caching")));

        assertThat(bank.chapter(21)).hasValueSatisfying(c -> {
            assertThat(c.title()).isEqualTo("Caching");
            assertThat(c.gaps()).isEmpty();
        });
        assertThat(bank.question("imp-21-fu-cache-stampede").orElseThrow().related()).containsExactly(14);
        assertThat(bank.set("imp-set")).isPresent();
        assertThat(bank.chapter(14)).isPresent();
    }

    @Test
    void importedQuestionsFollowTheOtherRules() {
        ImportedContent bad = new ImportedContent(
                List.of(imported("imp-21-fu-cache-stampede", 6, List.of("Z"), " "),
                        imported("Bad Id", 6, List.of(), "ok")),
                List.of(new ExerciseSet("imp-set", "Caching", "", List.of("imp-missing"))),
                Map.of());

        assertThatThrownBy(() -> ContentMerge.merge(files(), bad))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).problems()).containsExactly(
                        "import:ch21.md:12: unknown dimension 'Z' (expected one of A, B, C, D, E)",
                        "import:ch21.md:12: the guidance is missing",
                        "import:ch21.md:12: id 'Bad Id' may use only lowercase letters, digits and dashes (at most 120)",
                        "import:ch21.md:12: no target dimensions",
                        "import:set imp-set: set names question 'imp-missing', which does not exist"));
    }

    @Test
    void theOneArgumentStoreHasNoImports() {
        ContentStore store = new ContentStore(TestContent.folder(tmp));
        assertThat(store.bank().questions()).isEmpty();
        assertThat(store.reload().chapters()).hasSize(1);
    }
}
