package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.staffdrill.config.Config;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.GradingFixtures;
import dev.staffdrill.grading.TechnicalError;
import dev.staffdrill.grading.offline.OfflineGrader;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static dev.staffdrill.grading.llm.FakeReplies.ok;
import static dev.staffdrill.grading.llm.FakeReplies.openAi;
import static org.assertj.core.api.Assertions.assertThat;

/** The LLM grader's relevance and technical-error fields, against a fake OpenAI-compatible server. */
class LlmStandardsTest {
    private static final List<String> DIMS = List.of("A", "B", "C", "D", "E");
    private static final String QUOTE = OpenAiGraderTest.QUOTE;
    private static Rubric rubric;
    private final ObjectMapper json = GradeJson.mapper();
    private final String answer = GradingFixtures.answer("staff");
    private MockWebServer server;
    private LlmGrader grader;

    @BeforeAll
    static void loadRubric() {
        rubric = GradingFixtures.rubric();
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        var config = new Config.LlmConfig("openai", server.url("/v1").toString(), "gpt-test", "sk-test-0123456789",
                Duration.ofSeconds(5), 2000, 4);
        grader = new LlmGrader(config, OpenAiGraderTest.FAST, new OfflineGrader(), new MemoryLlmStore(), json,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        grader.close();
        server.close();
    }

    /** A STRONG grade on every dimension with the given relevance and technical errors. */
    private String reply(boolean onTopic, String errorsJson) throws IOException {
        ObjectNode root = (ObjectNode) json.readTree(FakeReplies.grade(DIMS, "STRONG", QUOTE, false));
        root.put("on_topic", onTopic);
        root.set("technical_errors", json.readTree(errorsJson));
        return root.toString();
    }

    private Grade grade(String reply) {
        server.enqueue(ok(openAi(reply, "stop")));
        return grader.grade(rubric, GradingFixtures.question(), answer, 7);
    }

    private Question withExamples() {
        Question q = GradingFixtures.question();
        return new Question(q.id(), q.chapter(), q.related(), q.kind(), q.title(), q.minutes(), q.dimensions(),
                q.gaps(), q.prompt(), q.guidance(), q.modelAnswer(), q.version(), q.source(), List.of(),
                "Add retries and a bigger disk. Why Weak: no behaviour during the failure.",
                "Drop the follower to async. Why Moderate: no blast radius or timeline.");
    }

    @Test
    void thePromptCarriesTheModelAnswerTheAnchorsAndTheNewFields() throws Exception {
        server.enqueue(ok(openAi(reply(true, "[]"), "stop")));
        grader.grade(rubric, withExamples(), answer, 7);
        JsonNode body = json.readTree(server.takeRequest().getBody().utf8());
        String system = body.at("/messages/0/content").asText();
        assertThat(system).contains("# Model answer", GradingFixtures.question().modelAnswer(),
                "Calibration anchors", "Why Weak: no behaviour during the failure.",
                "Why Moderate: no blast radius or timeline.", "on_topic", "technical_errors");
        JsonNode schema = body.at("/response_format/json_schema/schema");
        assertThat(schema.path("required").toString()).contains("on_topic", "technical_errors");
        assertThat(schema.at("/properties/technical_errors/items/required").toString())
                .contains("quote", "correction", "core", "dimension");
        assertThat(Prompt.VERSION).isEqualTo("l6-grade-2");
    }

    @Test
    void anOffTopicReplyIsFlaggedAndCapsEveryDimensionAtWeak() throws Exception {
        Grade g = grade(reply(false, "[]"));
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.flags()).contains(GradeFlag.OFF_TOPIC.name());
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.WEAK);
        assertThat(g.dimensions().get(0).feedback()).startsWith("This reads as an answer to another question");
    }

    @Test
    void aCoreErrorWithAVerbatimQuoteCapsItsDimensionAndIsShown() throws Exception {
        Grade g = grade(reply(true, """
                [{"dimension": "B", "quote": "%s", "correction": "A synchronous follower holds every write.",
                  "core": true}]""".formatted(QUOTE)));
        assertThat(g.dimension("B").orElseThrow().level()).isEqualTo(Level.WEAK);
        assertThat(g.dimension("A").orElseThrow().level()).isEqualTo(Level.STRONG);
        assertThat(g.flags()).contains(GradeFlag.TECHNICAL_ERROR.name()).doesNotContain(GradeFlag.QUOTE_DROPPED.name());
        assertThat(g.technicalErrors()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo(QUOTE);
            assertThat(answer).contains(e.quote());
            assertThat(e.correction()).isEqualTo("A synchronous follower holds every write.");
            assertThat(e.core()).isTrue();
        });
    }

    @Test
    void anErrorQuotingWordsNotInTheAnswerIsDroppedAndCapsNothing() throws Exception {
        Grade g = grade(reply(true, """
                [{"dimension": "B", "quote": "Quorum always hides a slow replica.", "correction": "It does not.",
                  "core": true}]"""));
        assertThat(g.technicalErrors()).isEmpty();
        assertThat(g.flags()).contains(GradeFlag.QUOTE_DROPPED.name()).doesNotContain(GradeFlag.TECHNICAL_ERROR.name());
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.STRONG);
    }

    @Test
    void aMinorErrorIsShownWithoutACap() throws Exception {
        Grade g = grade(reply(true, """
                [{"dimension": "C", "quote": "%s", "correction": "Closer to 140 ms.", "core": false}]"""
                .formatted(QUOTE)));
        assertThat(g.technicalErrors()).extracting(TechnicalError::core).containsExactly(false);
        assertThat(g.dimension("C").orElseThrow().level()).isEqualTo(Level.STRONG);
        assertThat(g.flags()).doesNotContain(GradeFlag.TECHNICAL_ERROR.name());
    }

    @Test
    void aReplyWithoutTheNewFieldsStillGrades() {
        Grade g = grade(FakeReplies.grade(DIMS, "MODERATE", QUOTE, false));
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.flags()).doesNotContain(GradeFlag.OFF_TOPIC.name());
        assertThat(g.technicalErrors()).isEmpty();
    }
}
