package dev.staffdrill.web;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What probes and people typing URLs get: HEAD on the health check, 404 for a path naming nothing. */
class ProbePathsHttpTest {
    @RegisterExtension
    static final RunningApp server = RunningApp.withFixtures();

    @Test
    void headHealthzAnswers200WithoutABody() {
        TestClient.Page p = server.client().head("/healthz");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.body()).isEmpty();
    }

    @Test
    void aGradingAuditPathThatIsNotANumberIs404() {
        TestClient admin = server.client().signUp("root", "correct horse battery"); // first account: admin
        assertThat(admin.get("/admin/grading/abc").status()).isEqualTo(404);
        assertThat(admin.get("/admin/grading/99999999999999999999").status()).isEqualTo(404);
    }
}
