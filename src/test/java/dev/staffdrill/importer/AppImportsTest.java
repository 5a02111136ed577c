package dev.staffdrill.importer;

import dev.staffdrill.App;
import dev.staffdrill.Main;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The composition root merges what `import` stored into the bank it serves. */
class AppImportsTest {
    @TempDir
    Path tmp;

    @Test
    void anImportedReviewIsInTheBankOfTheNextStart() {
        Path content = TestContent.folder(tmp.resolve("content"));
        StringWriter err = new StringWriter();
        // The command on the database the app below opens (its PostgreSQL database in that tier).
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import", "--data-dir",
                tmp.resolve("data").toString(), "--content-dir", content.toString()));
        args.addAll(dev.staffdrill.testing.TestDatabase.flags(tmp.resolve("data")));
        args.add("src/test/resources/importer/review-001.md");
        int code = Main.execute(args.toArray(String[]::new), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();

        try (App app = App.create(TestConfig.app(tmp.resolve("data"), content))) {
            assertThat(app.content().bank().counts()).containsEntry("questions", 15).containsEntry("sets", 5);
            assertThat(app.content().bank().question("imp-review-001-ex-bottleneck-hunt")).isPresent();
        }
    }
}
