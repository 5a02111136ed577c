package dev.staffdrill.drill;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Learners starting the same questions at the same moment all get their drill (the first start snapshots them). */
class ConcurrentStartHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    @Test
    void simultaneousFirstStartsOfTheSameSetAllSucceed() throws Exception {
        int n = 6;
        List<TestClient> learners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            learners.add(server.client().signUp("learner" + i + "@example.com", "correct horse battery"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TestClient.Page>> starts = new ArrayList<>();
        for (TestClient c : learners) {
            starts.add(pool.submit(() -> {
                go.await();
                return c.post("/drills", "mode", "SET", "setId", "warmup"); // same questions, none snapshotted yet
            }));
        }
        go.countDown();
        for (Future<TestClient.Page> f : starts) {
            assertThat(f.get().status()).isEqualTo(303);
        }
        pool.shutdown();
        assertThat(server.query(Long.class, "SELECT COUNT(*) FROM drill")).isEqualTo(n);
        assertThat(server.query(Long.class, "SELECT COUNT(DISTINCT question_id) FROM question_version"))
                .isEqualTo(server.query(Long.class, "SELECT COUNT(*) FROM question_version"));
    }
}
