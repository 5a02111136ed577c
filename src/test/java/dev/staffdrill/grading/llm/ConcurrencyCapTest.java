package dev.staffdrill.grading.llm;

import dev.staffdrill.config.Config;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeJson;
import dev.staffdrill.grading.GradingFixtures;
import dev.staffdrill.grading.offline.OfflineGrader;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyCapTest {
    @Test
    void noMoreCallsInFlightThanTheConfiguredCap() throws Exception {
        Rubric rubric = GradingFixtures.rubric();
        var question = GradingFixtures.question();
        String reply = FakeReplies.openAi(FakeReplies.grade(OpenAiGraderTest.DIMS, "STRONG", OpenAiGraderTest.QUOTE,
                false), "stop");
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(200);
                    inFlight.decrementAndGet();
                    return FakeReplies.ok(reply);
                }
            });
            server.start();
            var config = new Config.LlmConfig("openai", server.url("/v1").toString(), "gpt-test", "",
                    Duration.ofSeconds(5), 2000, 2);
            try (LlmGrader grader = new LlmGrader(config, OpenAiGraderTest.FAST, new OfflineGrader(),
                    new MemoryLlmStore(), GradeJson.mapper(), Clock.systemUTC())) {
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<Grade>> grades = new ArrayList<>();
                String answer = GradingFixtures.answer("staff");
                for (int i = 0; i < 8; i++) {
                    String distinct = answer + "\n" + "x".repeat(i); // distinct answers: no cache hits
                    grades.add(pool.submit(() -> grader.grade(rubric, question, distinct, 1)));
                }
                for (Future<Grade> f : grades) {
                    assertThat(f.get().grader()).isEqualTo(Grade.LLM);
                }
                pool.shutdown();
            }
            assertThat(server.getRequestCount()).isEqualTo(8);
            assertThat(maxInFlight.get()).isEqualTo(2);
        }
    }
}
