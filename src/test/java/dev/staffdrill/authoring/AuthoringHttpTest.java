package dev.staffdrill.authoring;

import dev.staffdrill.App;
import dev.staffdrill.cohort.CohortFlow;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static dev.staffdrill.cohort.CohortFlow.createCohort;
import static dev.staffdrill.cohort.CohortFlow.join;
import static dev.staffdrill.cohort.CohortFlow.joinCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Authoring in the browser: import with preview then apply, and a hand-picked set assigned and drilled. */
class AuthoringHttpTest {
    static final Path CHAPTER = Path.of("src/test/resources/importer/followups-numbered.md");
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    App app;
    TestClient instructor;

    @BeforeEach
    void launch() {
        app = server.app();
        instructor = server.client().signUp("ines@example.com", "correct horse battery");
    }

    record Upload(int status, String body) {
    }

    /** Posts a file as a browser's multipart form would, with the client's session and CSRF token. */
    private Upload upload(TestClient c, String path, String fileName, String text) throws IOException {
        String cookies = c.cookies().values().stream().map(k -> k.name() + "=" + k.value()).collect(Collectors.joining("; "));
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM).addFormDataPart("_csrf", c.csrf())
                .addFormDataPart("chapter", "")
                .addFormDataPart("file", fileName, RequestBody.create(text, MediaType.get("text/markdown")))
                .build();
        try (Response r = new OkHttpClient().newCall(new Request.Builder().url(server.url() + path)
                .header("Cookie", cookies).post(body).build()).execute()) {
            return new Upload(r.code(), r.body().string());
        }
    }

    private int count(String table) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void previewWritesNothingAndApplyMakesTheQuestionsAssignable() throws IOException {
        String text = Files.readString(CHAPTER);
        instructor.get("/authoring/import");
        var preview = upload(instructor, "/authoring/import/preview", "ch16.md", text);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview\"").contains("Leader Election").contains("id=\"apply-import\"");
        assertThat(count("imported_item")).isZero();

        var applied = instructor.post("/authoring/import/apply", "fileName", "ch16.md", "chapter", "", "text", text);
        assertThat(applied.status()).isEqualTo(302);
        assertThat(applied.location()).isEqualTo("/authoring/sets/new");
        assertThat(count("imported_item")).isPositive();
        String setPage = instructor.get("/authoring/sets/new").body();
        assertThat(setPage).contains("imp-").contains("Your lock service");
    }

    /** The README's import example, as printed there: it must keep importing, in words and in file order. */
    @Test
    void theReadmeExampleImportsInFileOrderWithSectionsInWords() throws IOException {
        String readme = Files.readString(java.nio.file.Path.of("README.md"));
        int from = readme.indexOf("```markdown\n# Replication and Sharding");
        assertThat(from).as("the README's import example").isPositive();
        String text = readme.substring(readme.indexOf('\n', from) + 1, readme.indexOf("```\n", from + 12));
        instructor.get("/authoring/import");
        var preview = upload(instructor, "/authoring/import/preview", "ch15.md", text);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<td>Interviewer follow-ups</td>").doesNotContain("FOLLOW_UPS")
                .contains("2 item(s)");
        var titles = java.util.regex.Pattern.compile("<td>(\\d+)</td><td>Interviewer follow-ups</td>(?s).*?</td>\\s*<td>[^<]*</td>\\s*<td>([^<]+)</td>")
                .matcher(preview.body()).results().map(m -> m.group(2)).toList();
        assertThat(titles).hasSize(2);
        assertThat(instructor.post("/authoring/import/apply", "fileName", "ch15.md", "chapter", "", "text", text).status())
                .isEqualTo(302);
        String setPage = instructor.get("/authoring/sets/new").body();
        assertThat(setPage.indexOf(titles.get(0))).as("file order: %s first", titles.get(0))
                .isPositive().isLessThan(setPage.indexOf(titles.get(1)));
    }

    @Test
    void aFileWithoutImportableSectionsIsExplainedNotImported() throws IOException {
        instructor.get("/authoring/import");
        var page = upload(instructor, "/authoring/import/preview", "notes.md", "# Shopping list\n\n- milk\n");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"import-problems\"").contains("no importable section");
        assertThat(count("imported_item")).isZero();
    }

    @Test
    void handPickedSetIsAssignedAndDrilledInOrderButOnlyByItsAuthor() {
        instructor.get("/authoring/sets/new");
        var saved = instructor.post("/authoring/sets", "title", "Two picks", "q", "14-fu-q4", "q", "14-ex-deep");
        assertThat(saved.status()).isEqualTo(302);
        String setId = "custom-" + app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM authored_set")
                .mapTo(Long.class).one());
        long cohort = createCohort(instructor, "Picks");
        assertThat(instructor.get("/cohorts/" + cohort + "/assignments").body()).contains("Yours: Two picks (2 questions)");
        TestClient learner = server.client().signUp("lee@example.com", "correct horse battery");
        join(learner, joinCode(instructor, cohort));
        long assignment = CohortFlow.assign(instructor, cohort, setId, "Picked", "");
        long drill = CohortFlow.start(learner, assignment);
        var questions = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT question_id FROM attempt WHERE drill_id = :d ORDER BY position").bind("d", drill).mapTo(String.class).list());
        assertThat(questions).containsExactly("14-fu-q4", "14-ex-deep"); // as ticked, in the page's order

        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE app_user SET role = 'INSTRUCTOR' WHERE username = 'lee@example.com'").execute());
        long theirs = createCohort(learner, "Someone else's");
        learner.get("/cohorts/" + theirs + "/assignments");
        var refused = learner.post("/cohorts/" + theirs + "/assignments", "setId", setId, "title", "", "due", "", "minutes", "");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void theArrangedOrderWinsWhenItNamesExactlyTheTickedQuestions() {
        instructor.get("/authoring/sets/new");
        assertThat(instructor.post("/authoring/sets", "title", "Arranged", "q", "14-fu-q4", "q", "14-ex-deep",
                "order", "14-ex-deep", "order", "14-fu-q4").status()).isEqualTo(302);
        // An order that names something not ticked is ignored: the page's order stands.
        assertThat(instructor.post("/authoring/sets", "title", "Mismatch", "q", "14-fu-q4", "q", "14-ex-deep",
                "order", "14-ex-deep", "order", "14-fu-q1").status()).isEqualTo(302);
        var stored = app.database().jdbi().withHandle(h -> h.createQuery("SELECT question_ids FROM authored_set ORDER BY id")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly("14-ex-deep,14-fu-q4", "14-fu-q4,14-ex-deep");
        assertThat(instructor.get("/authoring/sets/new").body()).contains("data-filter-picks").contains("data-search=\"");
    }
}
