package dev.staffdrill.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.staffdrill.drill.ThreadHttpTest.ANSWER;
import static dev.staffdrill.drill.ThreadHttpTest.CONTENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-up probes with an LLM configured, against a fake OpenAI-compatible server: the probe is
 * written around the learner's own words; any reply that can't be trusted gives way to the
 * authored probe, and the learner's answer is never touched.
 */
class ThreadLlmHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TARGET = Pattern.compile("signal_id \"([a-z0-9-]+)\"");
    static final String LLM_PROBE = "You said you would promote by hand. At 2 a.m., how long until someone does, "
            + "and how many of the 60 orders a minute fail meanwhile?";

    @RegisterExtension
    final RunningApp server = RunningApp.withContent(CONTENT).lazily();
    private MockWebServer llm;
    /** What the fake model says to a probe request, given the signal the app asked it to push on. */
    private final AtomicReference<Function<String, MockResponse>> probeReply = new AtomicReference<>();

    @BeforeEach
    void fakeLlm() throws IOException {
        llm = new MockWebServer();
        llm.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String body = r.getBody() == null ? "" : r.getBody().utf8();
                Matcher m = TARGET.matcher(system(body));
                if (body.contains("Ask ONE follow-up") && m.find()) {
                    return probeReply.get().apply(m.group(1));
                }
                return new MockResponse.Builder().code(503).body("{\"error\":\"grading is not under test\"}").build();
            }
        });
        llm.start();
    }

    @AfterEach
    void stopLlm() {
        llm.close();
    }

    private static String system(String body) {
        try {
            return JSON.readTree(body).path("messages").path(0).path("content").asText();
        } catch (IOException e) {
            return "";
        }
    }

    static MockResponse reply(String content) {
        ObjectNode root = JSON.createObjectNode().put("id", "c1").put("object", "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(root.toString()).build();
    }

    static String probeJson(String signal, String quote, String probe) {
        return JSON.createObjectNode().put("signal_id", signal).put("quote", quote).put("probe", probe).toString();
    }

    private TestClient learnerWithLlm() {
        server.start("--llm-provider", "openai", "--llm-base-url", llm.url("/v1").toString(), "--llm-model", "fake",
                "--llm-api-key", "sk-probe-test-123456");
        return server.client().signUp("ada@example.com", "correct horse battery");
    }

    private String submitFirstAnswer(TestClient c) {
        String attempt = ThreadHttpTest.startWitnessFirst(server, c);
        c.get(attempt);
        assertThat(c.post(attempt + "/submit", "answer", ANSWER).location()).isEqualTo(attempt + "/thread");
        return attempt;
    }

    private String turnColumn(String attempt, String column) {
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        return server.query(String.class, "SELECT " + column + " FROM probe_turn WHERE attempt_id = ? AND turn = 1", id);
    }

    @Test
    void theWrittenProbeQuotesTheAnswerAndNeverSeesTheModelAnswer() throws Exception {
        probeReply.set(signal -> reply(probeJson(signal, "promote by hand", LLM_PROBE)));
        TestClient c = learnerWithLlm();
        String attempt = submitFirstAnswer(c);
        String page = c.get(attempt + "/thread").body();
        assertThat(page).contains("You said: “promote by hand”").contains("At 2 a.m., how long until someone does");
        assertThat(turnColumn(attempt, "source")).isEqualTo("LLM");
        assertThat(turnColumn(attempt, "quote")).isEqualTo("promote by hand");
        RecordedRequest sent = llm.takeRequest();
        String body = sent.getBody().utf8();
        assertThat(body).contains("promote by hand").doesNotContain("SECRET-MODEL").doesNotContain("SECRET-GUIDANCE")
                .doesNotContain("sk-probe-test-123456");
    }

    @Test
    void aMalformedReplyFallsBackToTheAuthoredProbeAndKeepsTheAnswer() {
        probeReply.set(signal -> reply("Sure! Here is a great follow-up: what about failures?"));
        TestClient c = learnerWithLlm();
        String attempt = submitFirstAnswer(c);
        assertAuthoredFallback(c, attempt, "not used");
    }

    @Test
    void aQuoteTheLearnerNeverWroteIsRejected() {
        probeReply.set(signal -> reply(probeJson(signal, "we use Spanner with TrueTime", LLM_PROBE)));
        TestClient c = learnerWithLlm();
        String attempt = submitFirstAnswer(c);
        assertAuthoredFallback(c, attempt, "quote is not in the learner's words");
    }

    @Test
    void aProbeThatGivesAwayTheModelAnswerIsRejected() {
        probeReply.set(signal -> reply(probeJson(signal, "promote by hand",
                "Why not move the witness to a third zone so a zone loss leaves a majority?")));
        TestClient c = learnerWithLlm();
        String attempt = submitFirstAnswer(c);
        assertAuthoredFallback(c, attempt, "repeats the model answer");
    }

    @Test
    void aFailingProviderFallsBackWithoutRetryingWhileTheLearnerWaits() {
        probeReply.set(signal -> new MockResponse.Builder().code(500).body("{\"error\":\"boom\"}").build());
        TestClient c = learnerWithLlm();
        String attempt = submitFirstAnswer(c);
        assertAuthoredFallback(c, attempt, "LLM unavailable");
        assertThat(llm.getRequestCount()).isEqualTo(1);
    }

    private void assertAuthoredFallback(TestClient c, String attempt, String why) {
        String page = c.get(attempt + "/thread").body();
        String ask = turnColumn(attempt, "ask");
        assertThat(turnColumn(attempt, "source")).isEqualTo("AUTHORED");
        assertThat(turnColumn(attempt, "source_note")).contains(why);
        assertThat(page).contains(ask.substring(0, 40)).doesNotContain("You said: “");
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        assertThat(server.query(String.class, "SELECT answer FROM attempt WHERE id = ?", id)).isEqualTo(ANSWER);
        // The authored probe is one the item holds, word for word.
        var question = dev.staffdrill.content.ContentLoader.load(CONTENT)
                .question(server.query(String.class, "SELECT question_id FROM attempt WHERE id = ?", id)).orElseThrow();
        assertThat(question.probes()).extracting(dev.staffdrill.content.Probe::ask).contains(ask);
    }
}
