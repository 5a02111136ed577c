package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.config.Config;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.GradingFixtures;
import dev.staffdrill.grading.offline.OfflineGrader;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static dev.staffdrill.grading.llm.FakeReplies.grade;
import static dev.staffdrill.grading.llm.FakeReplies.ok;
import static dev.staffdrill.grading.llm.FakeReplies.openAi;
import static org.assertj.core.api.Assertions.assertThat;

/** A provider that echoes the API key in its reply: the key reaches no grade, cache entry or audit row. */
class ApiKeyEchoTest {
    static final String KEY = "sk-echo-secret-9876543210";
    private final ObjectMapper json = GradeJson.mapper();
    private final Rubric rubric = GradingFixtures.rubric();
    private final Question question = GradingFixtures.question();
    private MockWebServer server;
    private MemoryLlmStore store;
    private LlmGrader grader;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        store = new MemoryLlmStore();
        var config = new Config.LlmConfig("openai", server.url("/v1").toString(), "gpt-test", KEY, Duration.ofSeconds(5),
                2000, 4);
        grader = new LlmGrader(config, OpenAiGraderTest.FAST, new OfflineGrader(), store, json, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        grader.close();
        server.close();
    }

    @Test
    void anEchoedKeyIsRedactedBeforeTheGradeIsBuilt() throws Exception {
        String reply = grade(List.of("A", "B", "C", "D", "E"), "STRONG", OpenAiGraderTest.QUOTE, false)
                .replace("Overall feedback.", "Overall feedback. (Authorization: Bearer " + KEY + ")")
                .replace("Feedback for B.", "Your key " + KEY + " works.");
        server.enqueue(ok(openAi(reply, "stop")));
        Grade g = grader.grade(rubric, question, GradingFixtures.answer("staff"), 7);
        assertThat(g.grader()).isEqualTo(Grade.LLM);
        String stored = json.writeValueAsString(g);
        assertThat(stored).doesNotContain(KEY).contains("***");
        assertThat(g.feedback()).doesNotContain(KEY);
        assertThat(store.audits).isNotEmpty().allSatisfy(a -> {
            assertThat(a.response()).doesNotContain(KEY);
            assertThat(a.request()).doesNotContain(KEY);
        });
        // A second grade of the same answer comes from the cache: that copy is clean too.
        assertThat(store.cache.values()).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContain(KEY));
    }
}
