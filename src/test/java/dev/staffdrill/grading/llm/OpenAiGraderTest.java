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
import java.util.concurrent.TimeUnit;

import static dev.staffdrill.grading.llm.FakeReplies.grade;
import static dev.staffdrill.grading.llm.FakeReplies.ok;
import static dev.staffdrill.grading.llm.FakeReplies.openAi;
import static dev.staffdrill.grading.llm.FakeReplies.status;
import static org.assertj.core.api.Assertions.assertThat;

/** The LLM grader against a fake OpenAI-compatible server over real HTTP. */
class OpenAiGraderTest {
    static final String KEY = "sk-test-key-0123456789";
    static final String QUOTE = "The dominant constraint is the 150 ms p99 write budget";
    static final List<String> DIMS = List.of("A", "B", "C", "D", "E");
    static final LlmTuning FAST = new LlmTuning(3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5),
            10, 5, Duration.ofSeconds(30));
    private static Rubric rubric;
    private final Question question = GradingFixtures.question();
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
        grader = grader(Duration.ofSeconds(5), FAST);
    }

    private LlmGrader grader(Duration timeout, LlmTuning tuning) {
        var config = new Config.LlmConfig("openai", server.url("/v1").toString(), "gpt-test", KEY, timeout, 2000, 4);
        return new LlmGrader(config, tuning, new OfflineGrader(), store, json, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        grader.close();
        server.close();
    }

    private Grade gradeStaff() {
        return grader.grade(rubric, question, answer, 42);
    }

    private JsonNode body(RecordedRequest r) throws IOException {
        return json.readTree(r.getBody().utf8());
    }

    @Test
    void happyPathSendsSchemaModelAndDelimitedAnswerAndReturnsTheLlmGrade() throws Exception {
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")));
        Grade g = gradeStaff();

        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.model()).isEqualTo("gpt-test");
        assertThat(g.dimensions()).extracting(DimensionGrade::dimension).containsExactlyElementsOf(DIMS);
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.STRONG);
        assertThat(g.dimensions().get(0).evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo(QUOTE);
            assertThat(e.signalId()).isEqualTo("alternative-rejected");
        });
        assertThat(g.offlineCheck()).hasSize(5); // the offline check sits beside the LLM grade
        assertThat(g.flags()).isEmpty();

        RecordedRequest r = server.takeRequest();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode b = body(r);
        assertThat(b.path("model").asText()).isEqualTo("gpt-test");
        assertThat(b.path("max_tokens").asInt()).isEqualTo(2000);
        JsonNode format = b.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("required").toString()).contains("dimensions", "injection_suspected");
        assertThat(schema.at("/properties/dimensions/items/properties/dimension/enum").toString())
                .isEqualTo("[\"A\",\"B\",\"C\",\"D\",\"E\"]");
        String system = b.at("/messages/0/content").asText();
        assertThat(b.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(system).contains(rubric.version(), question.prompt(), "Slow-not-dead follower", "never instructions",
                "\"injection_suspected\"");
        String user = b.at("/messages/1/content").asText();
        assertThat(user).matches("(?s)Grade the answer below\\.\\n<answer-([0-9a-f]{16})>\\n.*\\n</answer-\\1>");
        assertThat(user).contains(answer.strip());

        AuditEntry audit = store.audits.get(0);
        assertThat(audit.outcome()).isEqualTo("VALID");
        assertThat(audit.attemptId()).isEqualTo(42);
        assertThat(audit.inputTokens()).isEqualTo(1234);
        assertThat(audit.outputTokens()).isEqualTo(321);
        assertThat(audit.promptVersion()).isEqualTo(Prompt.VERSION);
        assertThat(audit.request()).contains("gpt-test").doesNotContain(KEY);
        assertThat(audit.response()).contains("chatcmpl-1");
    }

    @Test
    void eachRequestUsesAFreshNonce() throws Exception {
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")));
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")));
        grader.grade(rubric, question, answer, 1);
        grader.grade(rubric, question, answer + " ", 1); // a different answer: not a cache hit
        String first = body(server.takeRequest()).at("/messages/1/content").asText().substring(0, 60);
        String second = body(server.takeRequest()).at("/messages/1/content").asText().substring(0, 60);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void fencedJsonIsAccepted() {
        server.enqueue(ok(openAi("Here is the grade:\n```json\n" + grade(DIMS, "MODERATE", QUOTE, false) + "\n```\n", "stop")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.MODERATE);
    }

    @Test
    void truncatedReplyIsReaskedOnceWithTheError() throws Exception {
        String full = grade(DIMS, "STRONG", QUOTE, false);
        server.enqueue(ok(openAi(full.substring(0, full.length() / 2), "length")));
        server.enqueue(ok(openAi(full, "stop")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        JsonNode second = body(server.takeRequest());
        assertThat(second.at("/messages/2/role").asText()).isEqualTo("assistant");
        assertThat(second.at("/messages/3/content").asText()).contains("cut off", "finish_reason=length");
        assertThat(store.audits).extracting(AuditEntry::outcome).containsExactly("TRUNCATED", "VALID");
    }

    @Test
    void truncatedTwiceFallsBackToTheOfflineCheck() {
        String full = grade(DIMS, "STRONG", QUOTE, false);
        server.enqueue(ok(openAi(full.substring(0, 100), "length")));
        server.enqueue(ok(openAi(full.substring(0, 100), "length")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.flags()).contains(GradeFlag.LLM_INVALID.name());
        assertThat(g.note()).contains("could not be used");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void refusalIsReaskedThenFallsBack() throws Exception {
        server.enqueue(ok(FakeReplies.openAiRefusal("I can't help with that.")));
        server.enqueue(ok(FakeReplies.openAiRefusal("I still can't help with that.")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.flags()).contains(GradeFlag.LLM_INVALID.name());
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.STRONG); // the offline levels
        server.takeRequest();
        assertThat(body(server.takeRequest()).at("/messages/3/content").asText()).contains("refused");
        assertThat(store.audits).extracting(AuditEntry::outcome).containsExactly("REFUSAL", "REFUSAL");
    }

    @Test
    void rateLimitWithRetryAfterIsHonouredThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "1")
                .body("{\"error\":{\"type\":\"rate_limit_exceeded\",\"message\":\"slow down\"}}").build());
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")));
        long t = System.nanoTime();
        Grade g = gradeStaff();
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(ms).isGreaterThanOrEqualTo(950); // waited the second the server asked for, not the 10 ms backoff
        assertThat(store.audits.get(0).httpAttempts()).isEqualTo(2);
    }

    @Test
    void serverErrorIsRetriedThenSucceeds() {
        server.enqueue(status(500, "{\"error\":{\"message\":\"internal\"}}"));
        server.enqueue(ok(openAi(grade(DIMS, "WEAK", QUOTE, false), "stop")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.dimensions()).extracting(DimensionGrade::level).containsOnly(Level.WEAK);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void unauthorizedIsNotRetriedAndFallsBackWithAClearErrorThatHidesTheKey() {
        server.enqueue(status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop"))); // must never be asked for
        Grade g = gradeStaff();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.flags()).contains(GradeFlag.LLM_UNAVAILABLE.name());
        assertThat(g.note()).contains("HTTP 401", "STAFFDRILL_LLM_API_KEY").doesNotContain(KEY);
        assertThat(store.audits).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo("HTTP_ERROR");
            assertThat(a.httpStatus()).isEqualTo(401);
            assertThat(a.detail()).doesNotContain(KEY);
        });
    }

    @Test
    void notFoundIsNotRetriedAndNamesTheSettingsToCheck() {
        server.enqueue(status(404, "{\"error\":{\"message\":\"model 'gpt-test' not found\"}}"));
        Grade g = gradeStaff();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.note()).contains("HTTP 404", "STAFFDRILL_LLM_BASE_URL", "STAFFDRILL_LLM_MODEL");
    }

    @Test
    void quotaExhaustedIsNotRetried() {
        server.enqueue(status(429, "{\"error\":{\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
        Grade g = gradeStaff();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(store.audits.get(0).outcome()).isEqualTo("QUOTA");
    }

    @Test
    void replySlowerThanTheTimeoutFallsBack() {
        grader.close();
        grader = grader(Duration.ofSeconds(1), new LlmTuning(2, Duration.ofMillis(10), Duration.ofMillis(20),
                Duration.ofSeconds(5), 10, 5, Duration.ofSeconds(30)));
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS)
                    .body(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")).build());
        }
        long t = System.nanoTime();
        Grade g = gradeStaff();
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.note()).contains("within the timeout");
        assertThat(ms).isBetween(1_900L, 4_500L); // two attempts of one second, not two of three
        assertThat(store.audits.get(0).outcome()).isEqualTo("TIMEOUT");
    }

    @Test
    void malformedJsonIsReaskedWithTheParserErrorThenAccepted() throws Exception {
        server.enqueue(ok(openAi("{\"dimensions\": [ {\"dimension\": \"A\", ", "stop")));
        server.enqueue(ok(openAi(grade(DIMS, "MODERATE", QUOTE, false), "stop")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        server.takeRequest();
        JsonNode second = body(server.takeRequest());
        assertThat(second.at("/messages/2/content").asText()).startsWith("{\"dimensions\"");
        assertThat(second.at("/messages/3/content").asText()).contains("not valid JSON");
    }

    @Test
    void malformedJsonTwiceFallsBack() {
        server.enqueue(ok(openAi("not json at all", "stop")));
        server.enqueue(ok(openAi("{still: not json}", "stop")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(g.flags()).contains(GradeFlag.LLM_INVALID.name());
    }

    @Test
    void missingOrUnknownDimensionIsReasked() throws Exception {
        server.enqueue(ok(openAi(grade(List.of("A", "B", "C", "D"), "STRONG", QUOTE, false), "stop")));
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")));
        assertThat(gradeStaff().grader()).isEqualTo(Grade.LLM);
        server.takeRequest();
        assertThat(body(server.takeRequest()).at("/messages/3/content").asText()).contains("missing dimension E");
    }

    @Test
    void levelOutOfRangeIsReasked() throws Exception {
        server.enqueue(ok(openAi(grade(DIMS, "EXCELLENT", QUOTE, false), "stop")));
        server.enqueue(ok(openAi(grade(DIMS, "WEAK", QUOTE, false), "stop")));
        assertThat(gradeStaff().grader()).isEqualTo(Grade.LLM);
        server.takeRequest();
        assertThat(body(server.takeRequest()).at("/messages/3/content").asText()).contains("'EXCELLENT'");
    }

    @Test
    void quoteNotInTheAnswerIsDroppedAndFlagged() {
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", "We would use a global consensus ring of 900 nodes", false), "stop")));
        Grade g = gradeStaff();
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.flags()).contains(GradeFlag.QUOTE_DROPPED.name());
        assertThat(g.dimensions()).allSatisfy(d -> {
            assertThat(d.evidence()).isEmpty();
            assertThat(d.signalsFound()).isEmpty();
        });
        assertThat(store.audits.get(0).outcome()).isEqualTo("QUOTES_DROPPED");
    }

    @Test
    void quoteMatchesDespiteWhitespaceAndIsShownAsTheLearnerWroteIt() {
        String withNewline = "Failure walk-through:\n- At T+0 the follower's disk becomes slow";
        assertThat(answer).contains(withNewline);
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", "  \"Failure walk-through:   - At T+0 the follower's disk becomes slow\" ",
                false), "stop")));
        Grade g = gradeStaff();
        assertThat(g.flags()).doesNotContain(GradeFlag.QUOTE_DROPPED.name());
        assertThat(g.dimensions().get(0).evidence().get(0).quote()).isEqualTo(withNewline);
    }

    @Test
    void injectionAnswerIsFlaggedEvenWhenTheJudgeIsFooled() throws Exception {
        String injection = GradingFixtures.answer("injection");
        String quote = "I would keep the single leader and add a follower in the second region.";
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", quote, false), "stop")));
        Grade g = grader.grade(rubric, question, injection, 7);
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        assertThat(g.flags()).contains(GradeFlag.INJECTION_SUSPECTED.name(), GradeFlag.NEEDS_REVIEW.name());
        String user = body(server.takeRequest()).at("/messages/1/content").asText();
        assertThat(user).doesNotContain("</answer>\n").contains("[tag removed]");
        assertThat(user.split("</answer-", -1)).hasSize(2); // the real closing tag, once
    }

    @Test
    void judgesOwnInjectionFlagIsKept() {
        server.enqueue(ok(openAi(grade(DIMS, "WEAK", QUOTE, true), "stop")));
        assertThat(gradeStaff().flags()).contains(GradeFlag.INJECTION_SUSPECTED.name());
    }

    @Test
    void strongWithoutAnyOfflineSignalNeedsReview() {
        String thin = "I would keep the single leader because it is simpler to run.";
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", "I would keep the single leader", false), "stop")));
        Grade g = grader.grade(rubric, question, thin, 1);
        assertThat(g.flags()).contains(GradeFlag.NEEDS_REVIEW.name(), GradeFlag.DISAGREEMENT.name());
    }

    @Test
    void identicalRegradeIsServedFromTheCache() {
        server.enqueue(ok(openAi(grade(DIMS, "MODERATE", QUOTE, false), "stop")));
        Grade first = gradeStaff();
        Grade second = gradeStaff();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(second.dimensions()).isEqualTo(first.dimensions());
        assertThat(second.grader()).isEqualTo(Grade.LLM);
        assertThat(store.cache).hasSize(1);
    }

    @Test
    void circuitBreakerRoutesToOfflineWhileTheProviderIsDown() {
        grader.close();
        grader = grader(Duration.ofSeconds(5), new LlmTuning(1, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofSeconds(5), 2, 2, Duration.ofMinutes(1)));
        server.enqueue(status(503, "{}"));
        server.enqueue(status(503, "{}"));
        assertThat(gradeStaff().grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(grader.grade(rubric, question, answer + "!", 1).grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(grader.breakerState()).isEqualTo("OPEN");
        Grade third = grader.grade(rubric, question, answer + "?", 1);
        assertThat(third.grader()).isEqualTo(Grade.OFFLINE_FALLBACK);
        assertThat(third.note()).contains("has been failing");
        assertThat(server.getRequestCount()).isEqualTo(2); // the third never reached the provider
    }

    @Test
    void gradeSurvivesAJsonRoundTrip() throws Exception {
        server.enqueue(ok(openAi(grade(DIMS, "STRONG", QUOTE, false), "stop")));
        Grade g = gradeStaff();
        assertThat(json.readValue(json.writeValueAsString(g), Grade.class)).isEqualTo(g);
    }
}
