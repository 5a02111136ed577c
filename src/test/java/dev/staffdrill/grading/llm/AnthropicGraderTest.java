package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.config.Config;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.GradingFixtures;
import dev.staffdrill.grading.offline.OfflineGrader;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static dev.staffdrill.grading.llm.FakeReplies.anthropic;
import static dev.staffdrill.grading.llm.FakeReplies.grade;
import static dev.staffdrill.grading.llm.FakeReplies.ok;
import static dev.staffdrill.grading.llm.FakeReplies.status;
import static org.assertj.core.api.Assertions.assertThat;

/** The Anthropic Messages adapter against a fake server over real HTTP. */
class AnthropicGraderTest {
    private static final String KEY = "sk-ant-test-0123456789";
    private static final String QUOTE = OpenAiGraderTest.QUOTE;
    private static final List<String> DIMS = List.of("B", "C");
    private static Rubric rubric;
    private final Question question = GradingFixtures.question(DIMS);
    private final String answer = GradingFixtures.answer("staff");
    private final ObjectMapper json = GradeJson.mapper();
    private MockWebServer server;
    private MemoryLlmStore store;
    private LlmGrader grader;

    @BeforeAll
    static void loadRubric() {
        rubric = GradingFixtures.rubric();
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        store = new MemoryLlmStore();
        var config = new Config.LlmConfig("anthropic", server.url("/").toString(), "claude-test", KEY,
                Duration.ofSeconds(5), 1500, 2);
        grader = new LlmGrader(config, OpenAiGraderTest.FAST, new OfflineGrader(), store, json, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        grader.close();
        server.close();
    }

    @Test
    void happyPathUsesTheMessagesApiAndReturnsTheLlmGrade() throws Exception {
        server.enqueue(ok(anthropic(grade(DIMS, "MODERATE", QUOTE, false), "end_turn")));
        Grade g = grader.grade(rubric, question, answer, 3);

        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.model()).isEqualTo("claude-test");
        assertThat(g.dimensions()).extracting(DimensionGrade::dimension).containsExactly("B", "C");
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.MODERATE);

        RecordedRequest r = server.takeRequest();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(r.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(r.getHeaders().get("anthropic-version")).isEqualTo(AnthropicProvider.VERSION);
        assertThat(r.getHeaders().get("Authorization")).isNull();
        JsonNode b = json.readTree(r.getBody().utf8());
        assertThat(b.path("model").asText()).isEqualTo("claude-test");
        assertThat(b.path("max_tokens").asInt()).isEqualTo(1500);
        assertThat(b.path("system").asText()).contains("JSON Schema", "\"signals_missing\"", rubric.version());
        assertThat(b.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(b.at("/messages/0/content").asText()).matches("(?s).*<answer-([0-9a-f]{16})>\\n.*\\n</answer-\\1>");
        assertThat(b.has("response_format")).isFalse();
        assertThat(store.audits).singleElement().satisfies(a -> {
            assertThat(a.provider()).isEqualTo("anthropic");
            assertThat(a.inputTokens()).isEqualTo(1500);
            assertThat(a.request()).doesNotContain(KEY);
        });
    }

    @Test
    void overloadedIsRetriedThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(529).addHeader("retry-after", "0")
                .body("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}").build());
        server.enqueue(ok(anthropic(grade(DIMS, "STRONG", QUOTE, false), "end_turn")));
        assertThat(grader.grade(rubric, question, answer, 3).grader()).isEqualTo(Grade.LLM);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void badRequestIsNotRetriedAndFallsBack() {
        server.enqueue(status(400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                + "\"message\":\"Your credit balance is too low\"}}"));
        Grade g = grader.grade(rubric, question, answer, 3);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.flags()).contains(GradeFlag.LLM_UNAVAILABLE.name());
        assertThat(g.note()).contains("HTTP 400", "credit balance");
    }

    @Test
    void maxTokensStopIsReasked() throws Exception {
        server.enqueue(ok(anthropic("{\"dimensions\": [", "max_tokens")));
        server.enqueue(ok(anthropic(grade(DIMS, "WEAK", QUOTE, false), "end_turn")));
        assertThat(grader.grade(rubric, question, answer, 3).grader()).isEqualTo(Grade.LLM);
        server.takeRequest();
        JsonNode second = json.readTree(server.takeRequest().getBody().utf8());
        assertThat(second.at("/messages/1/role").asText()).isEqualTo("assistant");
        assertThat(second.at("/messages/2/content").asText()).contains("cut off");
    }
}
