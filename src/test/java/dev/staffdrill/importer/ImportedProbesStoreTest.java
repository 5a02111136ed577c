package dev.staffdrill.importer;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.ContentMerge;
import dev.staffdrill.content.Probe;
import dev.staffdrill.content.Question;
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

import static dev.staffdrill.importer.ChapterParserTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** Imported probes are stored with their items, reach the bank's questions and follow the file on re-import. */
class ImportedProbesStoreTest {
    private static final String DOC = ImportProbesTest.DOC;
    private static final String EXERCISE = "imp-21-p18-global-limits";

    @TempDir
    Path tmp;
    private Database db;
    private Path content;
    private ImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(TestConfig.database(tmp.resolve("data")));
        content = TestContent.folder(tmp.resolve("content"));
        imports = new ImportService(db.jdbi(), Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC),
                imported -> ContentMerge.merge(ContentLoader.load(content), imported));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Question question(String id) {
        ContentBank bank = ContentMerge.merge(ContentLoader.load(content), imports.content());
        return bank.question(id).orElseThrow();
    }

    @Test
    void theSummaryCountsProbesAndSkippedBulletsAndTheBankQuestionCarriesThem() {
        ImportResult parsed = imports.preview(DOC, fixture(DOC));
        ImportSummary s = imports.apply(parsed);

        assertThat(s.probes()).isEqualTo(parsed.probes()).isPositive();
        assertThat(s.probeBulletsSkipped()).isEqualTo(1);
        assertThat(s.describe()).isEqualTo(DOC + ": 6 added, 0 updated, 0 unchanged, 0 retired; " + parsed.probes()
                + " probes attached, 1 interviewer bullet skipped (no guidance)");
        Question q = question(EXERCISE);
        assertThat(q.probes()).isEqualTo(parsed.items().stream().filter(i -> i.id().equals(EXERCISE))
                .findFirst().orElseThrow().probes());
        assertThat(q.probes()).extracting(Probe::signal).startsWith("quantified-scale");
    }

    @Test
    void aReimportRebuildsProbesFromTheFileEvenWhenTheItemItselfIsUnchanged() {
        imports.apply(DOC, fixture(DOC));
        String version = question(EXERCISE).version();
        // The scale bullet loses its guidance: the exercise's own text is untouched, its scale probe goes.
        String edited = fixture(DOC).replace("  - Quote the measured ceiling (about 80K checks/s per node) and shard "
                + "counters by tenant beyond it.\n", "");
        assertThat(edited).isNotEqualTo(fixture(DOC));

        ImportSummary s = imports.apply(DOC, edited);

        assertThat(s.probeBulletsSkipped()).isEqualTo(2);
        Question q = question(EXERCISE);
        assertThat(q.version()).isEqualTo(version);
        assertThat(q.probes()).extracting(Probe::signal).doesNotContain("quantified-scale")
                .containsExactly("partial-failure", "ownership", "alternative-rejected");
    }

    @Test
    void aRetiredItemTakesItsProbesWithItAndOwnedImportsKeepTheirProbes() {
        ImportResult owned = imports.preview(DOC, fixture(DOC)).ownedBy(7);
        imports.apply(owned);
        assertThat(question("imp-u7-21-p18-global-limits").probes()).hasSize(4);

        imports.apply(DOC, fixture(DOC));
        imports.apply(DOC, fixture(DOC).replaceAll("(?m)^1\\. \\*\\*Global limits\\*\\*.*$", ""));
        long left = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM imported_probe WHERE item_id = :id")
                .bind("id", EXERCISE).mapTo(Long.class).one());
        assertThat(left).isZero();
        assertThat(question("imp-u7-21-p18-global-limits").probes()).hasSize(4);
    }
}
