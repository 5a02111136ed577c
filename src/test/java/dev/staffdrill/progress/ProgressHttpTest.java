package dev.staffdrill.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.staffdrill.App;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress pages over HTTP against a history with known grades: A Strong, B Weak, C Moderate,
 * D not addressed (the weakest), E never answered — all in chapter 14.
 */
class ProgressHttpTest {
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\"), then a comma\nand a new line";
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    App app;
    TestClient ada;
    GradedHistory history;
    long a1;
    long a2;
    long a3;

    @BeforeEach
    void history() {
        app = server.app();
        history = new GradedHistory(app);
        ada = server.client().signUp("ada@example.com", "correct horse battery");
        a1 = GradedHistory.answer(ada, "14-fu-q1", FORMULA, "STRONG");                  // targets B, C
        history.grade(a1, Map.of("B", "WEAK", "C", "MODERATE"), Map.of("B", List.of("partial-failure")));
        a2 = GradedHistory.answer(ada, "14-fu-q2", "We rejected Raft because…", "MODERATE"); // targets A
        history.grade(a2, Map.of("A", "STRONG"), Map.of("A", List.of("alternative-rejected", "dominant-constraint")));
        a3 = GradedHistory.answer(ada, "14-ex-deep", "Eventual, because…", "STRONG");    // targets A, D
        history.grade(a3, Map.of("A", "STRONG", "D", "NOT_ADDRESSED"), Map.of());
    }

    /** The text of a scorecard cell, tags stripped. */
    static String cell(String page, String dimension, String chapter) {
        Matcher m = Pattern.compile("data-dimension=\"" + dimension + "\" data-chapter=\"" + chapter + "\">(.*?)</td>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("cell %s/%s", dimension, chapter).isTrue();
        return m.group(1).replaceAll("<[^>]+>", "").strip();
    }

    @Test
    void scorecardShowsTheKnownGradesPerDimensionAndChapter() {
        String page = ada.get("/progress").body();
        assertThat(cell(page, "A", "14")).isEqualTo("Strong");
        assertThat(cell(page, "B", "14")).isEqualTo("Weak");
        assertThat(cell(page, "C", "14")).isEqualTo("Moderate");
        assertThat(cell(page, "D", "14")).isEqualTo("Weak");
        assertThat(cell(page, "E", "14")).isEqualTo("no data");
        assertThat(cell(page, "D", "overall")).isEqualTo("Weak");
        assertThat(page).contains("href=\"/progress/attempts?dimension=B&amp;chapter=14\"");
        assertThat(page).contains("<svg").contains("class=\"mark triangle-down\""); // the Weak B answer on the chart
        assertThat(page).doesNotContain("<script>");
    }

    @Test
    void anInstructorOverrideTakesPrecedence() {
        history.override(a1, "B", "STRONG");
        assertThat(cell(ada.get("/progress").body(), "B", "14")).isEqualTo("Strong");
        String cellPage = ada.get("/progress/attempts?dimension=B&chapter=14").body();
        assertThat(cellPage).contains("data-attempt=\"" + a1 + "\"").contains("instructor").contains("Follow-up number 1");
    }

    @Test
    void theAttemptsBehindACellAreListedNewestFirstWithTheirWeights() {
        var page = ada.get("/progress/attempts?dimension=A&chapter=14");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body.indexOf("data-attempt=\"" + a3 + "\"")).isPositive().isLessThan(body.indexOf("data-attempt=\"" + a2 + "\""));
        assertThat(body).contains("1.00").contains("0.60").doesNotContain("data-attempt=\"" + a1 + "\"");
        assertThat(ada.get("/progress/attempts?dimension=Z").status()).isEqualTo(400);
    }

    @Test
    void theGapDrillStartsOnAQuestionTargetingTheWeakestDimension() {
        String dashboard = ada.get("/").body();
        assertThat(dashboard).contains("Start the gap drill").contains("name=\"mode\" value=\"GAP\"");
        assertThat(dashboard.indexOf("Follow-up number 3")).isPositive()
                .isLessThan(dashboard.indexOf("Start the gap drill")); // recommended first
        var started = ada.post("/drills", "mode", "GAP", "count", "5");
        assertThat(started.status()).isEqualTo(303);
        String attempt = ada.get(started.location()).location();
        long drillId = Long.parseLong(started.location().substring("/drills/".length()));
        List<String> questions = app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT question_id FROM attempt WHERE drill_id = :d ORDER BY position").bind("d", drillId).mapTo(String.class).list());
        assertThat(questions.get(0)).isEqualTo("14-fu-q3"); // targets D and E: D is the weakest, E has no data
        assertThat(questions).doesNotHaveDuplicates().doesNotContain("14-ex-deep");
        assertThat(ada.get(attempt).body()).contains("D. Cost &amp; Sustainability");
    }

    @Test
    void theDashboardSummarisesTheScorecardAndAnonymousVisitorsKeepTheLandingPage() {
        String page = ada.get("/").body();
        assertThat(page).contains("Welcome back").contains("id=\"scorecard-summary\"").contains("day streak")
                .contains("Weakest dimension: <strong>D. Cost &amp; Sustainability (Weak)</strong>");
        assertThat(cell(page.replace("data-dimension=\"D\">", "data-dimension=\"D\" data-chapter=\"x\">"), "D", "x"))
                .isEqualTo("Weak");
        String anonymous = server.client().get("/").body();
        assertThat(anonymous).contains("Create an account").doesNotContain("Welcome back");
    }

    @Test
    void calibrationShowsOverConfidenceInLevels() {
        String page = ada.get("/progress").body();
        // D: rated Strong, graded not addressed: +3; A: Moderate vs Strong (-1) and Strong vs Strong (0)
        assertThat(page).containsPattern("data-dimension=\"D\"><th[^>]*>[^<]*</th><td>1</td>\\s*<td>Over-confident by 3.0 levels");
        assertThat(page).containsPattern("data-dimension=\"A\"><th[^>]*>[^<]*</th><td>2</td>\\s*<td>Under-confident by 0.5 level ");
    }

    @Test
    void anotherLearnerSeesNoneOfIt() {
        TestClient bob = server.client().signUp("bob@example.com", "another long passphrase");
        String page = bob.get("/progress").body();
        assertThat(cell(page, "B", "14")).isEqualTo("no data");
        assertThat(bob.get("/progress/attempts?dimension=B&chapter=14").body()).doesNotContain("data-attempt=");
        assertThat(bob.get("/progress/export.csv").body().lines().count()).isEqualTo(1);
        assertThat(bob.get("/progress/export.json").body()).doesNotContain("Follow-up number");
    }

    @Test
    void theCsvExportIsQuotedAndSafeFromFormulas() throws Exception {
        var csv = ada.get("/progress/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.headers().get("Content-Disposition")).contains("attachment");
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.body())) {
            List<List<String>> rows = it.readAll();
            List<String> header = rows.get(0);
            assertThat(rows).hasSize(4);
            Map<String, String> first = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                first.put(header.get(i), rows.get(1).get(i));
            }
            assertThat(first.get("answer")).isEqualTo("'" + FORMULA); // the whole answer, as text
            assertThat(first.get("B_grade")).isEqualTo("Weak"); // display labels, as in every export
            assertThat(first.get("B_self")).isEqualTo("Strong");
            assertThat(first.get("question")).isEqualTo("Follow-up number 1");
        }
    }

    @Test
    void jsonExportsHoldAnswersSelfRatingsAndGrades() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode export = json.readTree(ada.get("/progress/export.json").body());
        JsonNode first = export.path("attempts").get(0);
        assertThat(first.path("answer").asText()).isEqualTo(FORMULA);
        assertThat(first.path("selfRatings").path("B").asText()).isEqualTo("STRONG");
        assertThat(first.path("currentLevels").path("C").asText()).isEqualTo("MODERATE");
        assertThat(first.path("grades").get(0).path("result").path("dimensions").get(0).has("signalsFound")).isTrue();
        JsonNode account = json.readTree(ada.get("/account/export.json").body());
        assertThat(account.path("attempts")).hasSize(3);
        assertThat(account.path("attempts").get(2).path("currentLevels").path("D").asText()).isEqualTo("NOT_ADDRESSED");
    }
}
