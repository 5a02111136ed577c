package dev.staffdrill.web;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** /static and /webjars over real HTTP: what is served, with which headers, and what never is. */
class StaticFilesHttpTest {
    @RegisterExtension
    static final RunningApp server = RunningApp.withFixtures();
    static TestClient client;

    @BeforeAll
    static void connect() {
        client = server.client();
    }

    @Test
    void filesComeWithTheirTypeCacheHeadersAndAnETag() {
        Page css = client.get("/static/css/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().get("Content-Type")).startsWith("text/css");
        assertThat(css.headers().get("Cache-Control")).isEqualTo("max-age=0");
        assertThat(css.headers().get("ETag")).startsWith("W/\"");
        assertThat(css.body()).contains(":root");
        Page js = client.get("/static/js/drill.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.headers().get("Content-Type")).startsWith("text/javascript");
        Page htmx = client.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.headers().get("Content-Type")).startsWith("text/javascript");
        assertThat(htmx.headers().get("Cache-Control")).isEqualTo("max-age=31622400");
        assertThat(htmx.body()).contains("htmx");
    }

    @Test
    void aMatchingETagIsAnsweredNotModifiedAndHeadSendsNoBody() throws IOException {
        String etag = client.get("/static/css/app.css").headers().get("ETag");
        String notModified = raw("GET /static/css/app.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag
                + "\r\nConnection: close\r\n\r\n");
        assertThat(notModified).startsWith("HTTP/1.1 304");
        assertThat(notModified).doesNotContain(":root");
        String changed = raw("GET /static/css/app.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: W/\"other\"\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(changed).startsWith("HTTP/1.1 200").contains(":root");
        Page head = client.head("/static/css/app.css");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void foldersAndMissingFilesAreNotFound() {
        for (String path : new String[]{"/static/", "/static/css", "/static/css/", "/static/css/missing.css",
                "/webjars/htmx.org/2.0.4/", "/static/.hidden"}) {
            assertThat(client.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void nothingOutsideTheTwoFoldersIsEverServed() throws IOException {
        // Sent as written (a client library would tidy the dots away): each must not reach a file.
        String[] attempts = {
            "/static/../META-INF/MANIFEST.MF", "/static/%2e%2e/META-INF/MANIFEST.MF",
            "/static/..%2fMETA-INF/MANIFEST.MF", "/static/css/..%2f..%2fdev/staffdrill/App.class",
            "/webjars/../../../dev/staffdrill/App.class", "/webjars/%2e%2e/%2e%2e/%2e%2e/dev/staffdrill/App.class",
            "/static/../db/migration/V1__accounts.sql", "/static/..\\..\\META-INF/MANIFEST.MF",
            "/static/dev/staffdrill/App.class", "/webjars/../resources/webjars/htmx.org/2.0.4/LICENSE",
            "/static/./css/app.css", "/static//css/app.css", "/static/%63ss/app.css",
            "/static/css/app.css%00.js", "/static/../static/css/app.css",
        };
        for (String path : attempts) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).matches("(?s)HTTP/1.1 (400|404) .*")
                    .doesNotContain("Manifest-Version", "CREATE TABLE", ":root", "Zero-Clause",
                            "\u00CA\u00FE\u00BA\u00BE"); // a class file's magic number
        }
    }

    @Test
    void onlyPlainPathsAreLookedUp() {
        assertThat(StaticFiles.plain("/static/css/app.css")).isTrue();
        assertThat(StaticFiles.plain("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).isTrue();
        for (String path : new String[]{"/static/../x", "/static/./x", "/static//x", "/static/x/", "/static/.x",
                "/static/%2e%2e/x", "/static/a\\b", "/static/a b", "static/x", "", "/"}) {
            assertThat(StaticFiles.plain(path)).as(path).isFalse();
        }
    }

    /** One request written byte for byte, and the whole response. */
    private static String raw(String request) throws IOException {
        URI base = URI.create(server.url());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
