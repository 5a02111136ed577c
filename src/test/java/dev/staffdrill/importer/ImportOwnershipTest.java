package dev.staffdrill.importer;

import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.ContentMerge;
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

/** Two people importing files with the same name each keep their own items. */
class ImportOwnershipTest {
    private static final String NAME = "notes.md";

    @TempDir
    Path tmp;
    private Database db;
    private ImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(TestConfig.database(tmp.resolve("data")));
        Path content = TestContent.folder(tmp.resolve("content"));
        imports = new ImportService(db.jdbi(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC),
                imported -> ContentMerge.merge(ContentLoader.load(content), imported));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int active(String idPrefix) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM imported_item WHERE active = TRUE AND item_id LIKE :p")
                .bind("p", idPrefix + "%").mapTo(Integer.class).one());
    }

    @Test
    void aSecondOwnersFileOfTheSameNameLeavesTheFirstOwnersItemsAlone() {
        ImportSummary first = imports.apply(imports.preview(NAME, fixture("review-001.md")).ownedBy(1));
        int firsts = active("imp-u1-");
        assertThat(firsts).isEqualTo(first.items()).isPositive();

        ImportSummary second = imports.apply(imports.preview(NAME, fixture("probes.md")).ownedBy(2));
        assertThat(second.updated()).isZero();
        assertThat(second.retired()).as("nothing of the first owner's is retired").isZero();
        assertThat(active("imp-u1-")).isEqualTo(firsts);
        assertThat(active("imp-u2-")).isEqualTo(second.items()).isPositive();

        // The same owner re-importing a changed file still retires what it no longer holds.
        ImportSummary again = imports.apply(imports.preview(NAME, fixture("probes.md")).ownedBy(1));
        assertThat(again.retired()).isEqualTo(firsts);
        assertThat(active("imp-u2-")).isEqualTo(second.items());
    }

    @Test
    void setsPointAtTheOwnersItems() {
        ImportResult r = imports.preview(NAME, fixture("review-001.md")).ownedBy(7);
        assertThat(r.sets()).isNotEmpty();
        r.sets().forEach(s -> {
            assertThat(s.id()).startsWith("imp-u7-");
            assertThat(s.itemIds()).allMatch(id -> id.startsWith("imp-u7-"));
        });
        assertThat(r.items()).allMatch(i -> i.id().startsWith("imp-u7-"));
    }
}
