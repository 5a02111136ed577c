package dev.staffdrill.testing;

import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for tests: keeps cookies, does not follow redirects (tests assert
 * them), and reads the CSRF token from the last page so forms can be posted like a browser does.
 */
public final class TestClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");
    private final String base;
    private final Map<String, Cookie> cookies;
    private final OkHttpClient http;
    private String csrf = "";

    public record Page(int status, String body, String location, okhttp3.Headers headers) {
    }

    public TestClient(String base) {
        this(base, new java.util.concurrent.ConcurrentHashMap<>()); // shared by sameBrowserAt, maybe across threads
    }

    private TestClient(String base, Map<String, Cookie> sharedCookies) {
        this(base, sharedCookies, null);
    }

    /**
     * A new visitor whose connections leave from {@code localAddress}, e.g. 127.0.0.2: to the server
     * another client address (connecting to 127.0.0.2 alone is not enough: Linux still sends from 127.0.0.1).
     */
    public static TestClient fromAddress(String base, String localAddress) {
        try {
            return new TestClient(base, new java.util.concurrent.ConcurrentHashMap<>(),
                    java.net.InetAddress.getByName(localAddress));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private TestClient(String base, Map<String, Cookie> sharedCookies, java.net.InetAddress local) {
        this.base = base;
        this.cookies = sharedCookies;
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (local != null) {
            builder.socketFactory(new javax.net.SocketFactory() {
                private final javax.net.SocketFactory plain = javax.net.SocketFactory.getDefault();

                @Override
                public java.net.Socket createSocket() throws IOException {
                    java.net.Socket s = plain.createSocket();
                    s.bind(new java.net.InetSocketAddress(local, 0));
                    return s;
                }

                @Override
                public java.net.Socket createSocket(String host, int port) throws IOException {
                    return plain.createSocket(host, port, local, 0);
                }

                @Override
                public java.net.Socket createSocket(String host, int port, java.net.InetAddress l, int lp) throws IOException {
                    return plain.createSocket(host, port, l, lp);
                }

                @Override
                public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException {
                    return plain.createSocket(host, port, local, 0);
                }

                @Override
                public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress l, int lp)
                        throws IOException {
                    return plain.createSocket(host, port, l, lp);
                }
            });
        }
        // One connection per request: an idle keep-alive connection would hold a test app's graceful
        // stop open for its shutdown idle timeout (seconds per test), which real clients don't mind.
        builder.addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Connection", "close").build()));
        this.http = builder.followRedirects(false).cookieJar(new CookieJar() {
            @Override
            public void saveFromResponse(HttpUrl url, List<Cookie> list) {
                for (Cookie c : list) {
                    if (c.expiresAt() < System.currentTimeMillis()) {
                        cookies.remove(c.name());
                    } else {
                        cookies.put(c.name(), c);
                    }
                }
            }

            @Override
            public List<Cookie> loadForRequest(HttpUrl url) {
                return new ArrayList<>(cookies.values());
            }
        }).build();
    }

    public Page get(String path) {
        return call(new Request.Builder().url(base + path).get().build());
    }

    public Page head(String path) {
        return call(new Request.Builder().url(base + path).head().build());
    }

    public Page getJson(String path) {
        return call(new Request.Builder().url(base + path).header("Accept", "application/json").get().build());
    }

    /** Posts a form with the current CSRF token (pass "_csrf" yourself to override it). */
    public Page post(String path, String... keyValues) {
        FormBody.Builder form = new FormBody.Builder();
        boolean hasCsrf = false;
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
            hasCsrf |= keyValues[i].equals("_csrf");
        }
        if (!hasCsrf) {
            form.add("_csrf", csrf());
        }
        return call(new Request.Builder().url(base + path).post(form.build()).build());
    }

    /** Posts a form with no CSRF token at all. */
    public Page postWithoutCsrf(String path, String... keyValues) {
        FormBody.Builder form = new FormBody.Builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
        }
        return call(new Request.Builder().url(base + path).post(form.build()).build());
    }

    /** Posts a form the way htmx does here: the token in the X-CSRF-Token header (app.js), not in the form. */
    public Page postAsHtmx(String path, String csrfHeader, String... keyValues) {
        FormBody.Builder form = new FormBody.Builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.add(keyValues[i], keyValues[i + 1]);
        }
        return call(new Request.Builder().url(base + path).header("HX-Request", "true")
                .header("X-CSRF-Token", csrfHeader).post(form.build()).build());
    }

    public Page postJson(String path, String json) {
        return call(new Request.Builder().url(base + path).header("X-CSRF-Token", csrf())
                .header("Accept", "application/json")
                .post(RequestBody.create(json, okhttp3.MediaType.get("application/json"))).build());
    }

    /** Posts exactly this body with this content type (and the CSRF token in its header): for malformed requests. */
    public Page postRaw(String path, String contentType, String body) {
        return call(new Request.Builder().url(base + path).header("X-CSRF-Token", csrf())
                .header("Accept", "application/json")
                .post(RequestBody.create(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        okhttp3.MediaType.get(contentType))).build());
    }

    public String csrf() {
        if (csrf.isEmpty()) {
            get("/login");
        }
        return csrf;
    }

    public void forgetCookies() {
        cookies.clear();
        csrf = "";
    }

    public Map<String, Cookie> cookies() {
        return cookies;
    }

    /** Signs up and leaves this client logged in. */
    public TestClient signUp(String username, String password) {
        get("/signup");
        Page p = post("/signup", "username", username, "displayName", "User " + username, "password", password);
        if (p.status() != 302 && p.status() != 303) {
            throw new AssertionError("sign-up failed: " + p.status() + " " + p.body());
        }
        get("/");
        return this;
    }

    public TestClient logIn(String username, String password) {
        get("/login");
        Page p = post("/login", "username", username, "password", password);
        if (p.status() != 303 && p.status() != 302) {
            throw new AssertionError("log-in failed: " + p.status());
        }
        get("/");
        return this;
    }

    /** Sets a cookie as if the server had (benchmarks: a session made directly, skipping password hashing). */
    public TestClient withCookie(String name, String value) {
        HttpUrl url = HttpUrl.get(base);
        cookies.put(name, new Cookie.Builder().name(name).value(value).hostOnlyDomain(url.host()).path("/").httpOnly().build());
        return this;
    }

    /**
     * The same browser talking to another app instance (as a reverse proxy without sticky sessions
     * would send it): cookies are shared with this client, the CSRF token starts as this one's.
     */
    public TestClient sameBrowserAt(String otherBase) {
        TestClient other = new TestClient(otherBase, cookies);
        other.csrf = csrf;
        return other;
    }

    private Page call(Request request) {
        try (Response r = http.newCall(request).execute()) {
            String body = r.body().string();
            Matcher m = CSRF.matcher(body);
            if (m.find() && !m.group(1).isEmpty()) {
                csrf = m.group(1);
            }
            return new Page(r.code(), body, r.header("Location"), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
