package dev.staffdrill.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation over real HTTP: the app on port 0, as `main` starts it. */
class AppHttpTest {
    @RegisterExtension
    static final RunningApp server = RunningApp.withFixtures();
    @RegisterExtension
    final RunningApp doomed = RunningApp.withFixtures().lazily(); // its database is closed under it
    static TestClient client;

    @BeforeAll
    static void connect() {
        client = server.client();
    }

    @Test
    void homePageRendersThroughTheLayout() {
        Page p = client.get("/");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.headers().get("Content-Type")).startsWith("text/html");
        assertThat(p.body()).contains("<!doctype html>", "<title>Timed L6 system-design drills · Staff Drill</title>",
                "/static/css/app.css", "Consistency Models", "5 questions across 1 chapters");
    }

    @Test
    void healthzReportsDatabaseContentAndGrader() throws Exception {
        Page p = client.get("/healthz");
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.headers().get("Content-Type")).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(p.body());
        assertThat(json.path("status").asText()).isEqualTo("ok");
        assertThat(json.path("database").asText()).isEqualTo("reachable");
        assertThat(json.path("content").path("questions").asInt()).isEqualTo(5);
        assertThat(json.path("content").path("chapters").asInt()).isEqualTo(1);
        assertThat(json.path("content").path("sets").asInt()).isEqualTo(1);
        assertThat(json.path("grader").asText()).contains("offline");
    }

    @Test
    void unknownPageIs404InTheLayout() {
        Page p = client.get("/no/such/page");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.headers().get("Content-Type")).startsWith("text/html");
        assertThat(p.body()).contains("<!doctype html>", "Not found", "class=\"topbar\"");
    }

    @Test
    void unknownPageIs404JsonForApiClients() throws Exception {
        Page p = client.getJson("/no/such/page");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.headers().get("Content-Type")).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(p.body());
        assertThat(json.path("status").asInt()).isEqualTo(404);
        assertThat(json.path("error").asText()).isNotBlank();
    }

    @Test
    void staticCssAndWebjarHtmxAreServed() {
        Page css = client.get("/static/css/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().get("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains(":root");
        Page htmx = client.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
        Page js = client.get("/static/js/app.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.body()).contains("X-CSRF-Token");
    }

    @Test
    void securityHeadersOnEveryKindOfResponse() {
        for (String path : new String[]{"/", "/healthz", "/login", "/no/such/page", "/static/css/app.css",
                "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/account", "/admin"}) {
            Page p = client.get(path);
            String csp = p.headers().get("Content-Security-Policy");
            assertThat(csp).as("CSP on " + path).isNotNull()
                    .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
            assertThat(p.headers().get("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(p.headers().get("Referrer-Policy")).as(path).isNotBlank();
        }
        Page post = client.postWithoutCsrf("/login", "username", "x", "password", "y");
        assertThat(post.headers().get("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void serverErrorIsAPageWithoutStackTrace() {
        // A real fault, not a test-only route: the database goes away under a signed-in user.
        {
            TestClient c = doomed.client().signUp("ada@example.com", "correct horse battery");
            doomed.app().database().close();
            Page html = c.get("/account");
            assertThat(html.status()).isEqualTo(500);
            assertThat(html.body()).contains("<!doctype html>", "Something went wrong")
                    .doesNotContain("Exception", "\tat ", "dev.staffdrill", "jdbc", "SQL");
            assertThat(html.headers().get("Content-Security-Policy")).contains("frame-ancestors 'none'");
            Page json = c.getJson("/account");
            assertThat(json.status()).isEqualTo(500);
            assertThat(json.body()).contains("\"status\":500").doesNotContain("Exception", "dev.staffdrill");
        }
    }

    @Test
    void pagesReferenceOnlyOwnScriptsAndStyles() {
        String body = client.get("/").body();
        assertThat(body).doesNotContain("<script>", "style=\"", "onclick", "http://", "https://");
    }
}
