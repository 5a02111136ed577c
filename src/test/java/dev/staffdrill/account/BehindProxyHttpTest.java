package dev.staffdrill.account;

import dev.staffdrill.App;
import dev.staffdrill.testing.FreshApps;
import dev.staffdrill.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttling counts failures per client address. Behind a reverse proxy every request comes
 * from the proxy, so with {@code --behind-proxy} the address is the proxy's X-Forwarded-For; without
 * it, that header (which anyone can send) is ignored.
 */
class BehindProxyHttpTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");

    @RegisterExtension
    final FreshApps apps = new FreshApps();

    /** One failed log-in as a browser behind a proxy that says the learner is at {@code forwardedFor}. */
    private static int failedLogin(App app, String forwardedFor) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = TestApp.url(app);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .reduce((a, b) -> a + "; " + b).orElse("");
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).isTrue();
        String body = "username=nobody%40example.com&password=" + URLEncoder.encode("wrong guess", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
                        .header("X-Forwarded-For", forwardedFor)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<String> addresses(App app) {
        return app.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT subject FROM login_failure WHERE subject LIKE 'address:%' ORDER BY id").mapTo(String.class).list());
    }

    @Test
    void behindAProxyFailuresCountAgainstTheForwardedAddress() throws Exception {
        App app = apps.start("--behind-proxy");
        assertThat(failedLogin(app, "203.0.113.7")).isEqualTo(401);
        assertThat(addresses(app)).containsExactly("address:203.0.113.7");
    }

    @Test
    void withoutTheSwitchAForgedHeaderIsIgnored() throws Exception {
        App app = apps.start();
        assertThat(failedLogin(app, "203.0.113.7")).isEqualTo(401);
        assertThat(addresses(app)).hasSize(1).noneMatch(a -> a.contains("203.0.113.7"));
    }
}
