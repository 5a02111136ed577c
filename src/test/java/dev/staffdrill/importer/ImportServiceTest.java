package dev.staffdrill.importer;

import dev.staffdrill.content.Chapter;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentException;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.ContentMerge;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;
import dev.staffdrill.db.Database;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.staffdrill.importer.ChapterParserTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportServiceTest {
    private static final String REVIEW = "review-001.md";
    private static final String COST_AUDIT = "imp-review-001-ex-cost-audit";

    @TempDir
    Path tmp;
    private Database db;
    private Path content;
    private ImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(TestConfig.database(tmp.resolve("data")));
        content = TestContent.folder(tmp.resolve("content"));
        imports = new ImportService(db.jdbi(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC),
                imported -> ContentMerge.merge(ContentLoader.load(content), imported));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void firstImportAddsEverythingAndAnUnchangedReimportChangesNothing() {
        ImportSummary first = imports.apply(REVIEW, fixture(REVIEW));
        assertThat(first).isEqualTo(new ImportSummary(REVIEW, 15, 15, 0, 0, 0, 5, 0, 0));
        assertThat(rows("imported_item")).isEqualTo(15);
        assertThat(rows("imported_set")).isEqualTo(5);

        ImportSummary again = imports.apply(REVIEW, fixture(REVIEW));
        assertThat(again.changed()).isFalse();
        assertThat(again.unchanged()).isEqualTo(15);
        assertThat(again.describe()).isEqualTo("review-001.md: unchanged (15 items)");
        assertThat(rows("imported_item")).isEqualTo(15);
    }

    @Test
    void anEditedItemGetsANewVersionAndTheOldVersionStays() {
        imports.apply(REVIEW, fixture(REVIEW));
        String oldVersion = imports.versions(COST_AUDIT).get(0);
        String edited = fixture(REVIEW).replace("at 1M DAU, 10M DAU, and 100M DAU", "at 1M DAU and 50M DAU");

        ImportSummary s = imports.apply(REVIEW, edited);

        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(14);
        assertThat(imports.versions(COST_AUDIT)).hasSize(2).startsWith(oldVersion);
        Question q = question(COST_AUDIT);
        assertThat(q.prompt()).contains("at 1M DAU and 50M DAU");
        assertThat(q.version()).isNotEqualTo(oldVersion);
        assertThat(rows("imported_item")).isEqualTo(16);
    }

    @Test
    void movingTextAroundIsNotAnEdit() {
        imports.apply(REVIEW, fixture(REVIEW));
        ImportSummary s = imports.apply(REVIEW, "\n\n\n" + fixture(REVIEW));
        assertThat(s.changed()).isFalse();
        assertThat(question(COST_AUDIT).source()).isEqualTo("import:review-001.md:361");
    }

    @Test
    void anItemRemovedFromItsFileLeavesTheBankAndComesBackWithItsOldVersion() {
        imports.apply(REVIEW, fixture(REVIEW));
        String version = imports.versions(COST_AUDIT).get(0);
        String without = fixture(REVIEW).replaceAll("(?m)^1\\. \\*\\*Cost audit\\*\\*.*$", "");

        ImportSummary removed = imports.apply(REVIEW, without);
        assertThat(removed.retired()).isEqualTo(1);
        assertThat(bank().question(COST_AUDIT)).isEmpty();
        assertThat(bank().set("imp-review-001-set-cost-focused-exercises").orElseThrow().questionIds()).hasSize(2);

        ImportSummary back = imports.apply(REVIEW, fixture(REVIEW));
        assertThat(back.added()).isEqualTo(1);
        assertThat(question(COST_AUDIT).version()).isEqualTo(version);
        assertThat(imports.versions(COST_AUDIT)).containsExactly(version);
    }

    @Test
    void dimensionsEditedByHandSurviveReimports() {
        imports.apply(REVIEW, fixture(REVIEW));
        imports.editDimensions(COST_AUDIT, List.of("e", "D"));
        assertThat(question(COST_AUDIT).dimensions()).containsExactly("D", "E");

        assertThat(imports.apply(REVIEW, fixture(REVIEW)).changed()).isFalse();
        imports.apply(REVIEW, fixture(REVIEW).replace("When does the cost difference", "When does the difference"));

        assertThat(question(COST_AUDIT).dimensions()).containsExactly("D", "E");
        assertThat(imports.versions(COST_AUDIT)).hasSize(3);
        assertThatThrownBy(() -> imports.editDimensions(COST_AUDIT, List.of("Z")))
                .isInstanceOf(ContentException.class).hasMessageContaining("unknown dimension 'Z'");
        assertThat(question(COST_AUDIT).dimensions()).containsExactly("D", "E");
    }

    @Test
    void importedItemsJoinTheBankBesideTheFiles() {
        ContentStore store = new ContentStore(content, imports::content);
        assertThat(store.bank().questions()).isEmpty();

        imports.apply(REVIEW, fixture(REVIEW));
        imports.apply("followups-numbered.md", fixture("followups-numbered.md"));
        ContentBank bank = store.reload();

        assertThat(bank.questions()).hasSize(19);
        Question cost = bank.question(COST_AUDIT).orElseThrow();
        assertThat(cost.kind()).isEqualTo(QuestionKind.EXERCISE);
        assertThat(cost.minutes()).isEqualTo(20);
        assertThat(cost.gaps()).isEmpty();
        assertThat(cost.chapter()).isZero();
        assertThat(cost.guidance()).startsWith("No guidance in the source chapter");
        assertThat(cost.modelAnswer()).isEqualTo("No model answer sketch in the source chapter; see the guidance.");

        Question followUp = bank.question("imp-16-fu-your-lock-service-s-leader-is-partitioned-away-for-40").orElseThrow();
        assertThat(followUp.kind()).isEqualTo(QuestionKind.FOLLOW_UP);
        assertThat(followUp.minutes()).isEqualTo(6);
        assertThat(followUp.guidance()).startsWith("leases are 10 s").isEqualTo(followUp.modelAnswer());

        assertThat(bank.chapters()).extracting(Chapter::number, Chapter::title).contains(
                org.assertj.core.groups.Tuple.tuple(0, "Cross-chapter (imported)"),
                org.assertj.core.groups.Tuple.tuple(14, "Consistency Models"),
                org.assertj.core.groups.Tuple.tuple(16, "Leader Election, Coordination, and Distributed Locks"));
        assertThat(bank.chapter(16).orElseThrow().gaps()).isEmpty();
        assertThat(bank.questionsOf(14)).extracting(Question::id).contains("imp-review-001-ex-budget-constraint-redesign");
        assertThat(bank.question("imp-review-001-ex-budget-constraint-redesign").orElseThrow().related())
                .as("chapter 17 was created for the items that lean on it").containsExactly(17);
        assertThat(bank.question("imp-review-001-ex-consistency-degradation-ladder").orElseThrow().related())
                .as("no chapter 19 in content/ or among the imports").isEmpty();
        assertThat(bank.sets()).extracting(ExerciseSet::title).containsExactlyInAnyOrder("Cost-Focused Exercises",
                "Scale Stress Tests", "Organizational Stress Tests", "Failure Injection Scenarios",
                "Evolution & Migration Debates");
    }

    @Test
    void anImportThatWouldBreakTheBankChangesNothing() {
        TestContent.question(content, COST_AUDIT);

        assertThatThrownBy(() -> imports.apply(REVIEW, fixture(REVIEW)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("import:review-001.md:358: duplicate question id '" + COST_AUDIT + "'");
        assertThat(rows("imported_item")).isZero();
        assertThat(rows("imported_set")).isZero();
    }

    @Test
    void previewParsesWithoutWriting() {
        ImportResult r = imports.preview(REVIEW, fixture(REVIEW));
        assertThat(r.items()).hasSize(15);
        assertThat(rows("imported_item")).isZero();
    }

    private ContentBank bank() {
        return ContentMerge.merge(ContentLoader.load(content), imports.content());
    }

    private Question question(String id) {
        return bank().question(id).orElseThrow();
    }
}
