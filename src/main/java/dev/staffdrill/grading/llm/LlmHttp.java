package dev.staffdrill.grading.llm;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;

/**
 * POSTs JSON to a provider with retries: exponential backoff with jitter, honouring Retry-After
 * and retry-after-ms, for 408/409/429/5xx/529 and connection errors; never for other 4xx or a
 * quota-exhausted 429.
 */
final class LlmHttp {
    private static final MediaType JSON = MediaType.get("application/json");

    /** The raw reply of a successful call: its body, the HTTP attempts made and the time they took. */
    record Exchange(String body, int status, int attempts, long latencyMs) {
    }

    private final OkHttpClient client;
    private final LlmTuning tuning;
    private final Random random;
    private final Retry retry;

    LlmHttp(OkHttpClient client, LlmTuning tuning, Random random) {
        this.client = client;
        this.tuning = tuning;
        this.random = random;
        this.retry = Retry.of("llm", RetryConfig.<String>custom()
                .maxAttempts(tuning.maxAttempts())
                .retryOnException(e -> e instanceof LlmCallException l && l.retryable())
                .intervalBiFunction(pause())
                .build());
    }

    Exchange post(String url, Map<String, String> headers, String json) {
        int[] attempts = {0};
        long start = System.nanoTime();
        try {
            String body = retry.executeCallable(() -> {
                attempts[0]++;
                return once(url, headers, json);
            });
            return new Exchange(body, 200, attempts[0], (System.nanoTime() - start) / 1_000_000);
        } catch (LlmCallException e) {
            throw e.afterAttempts(attempts[0]);
        } catch (Exception e) {
            throw new LlmCallException(LlmCallException.Kind.CONNECTION, 0, null, "LLM call failed: " + e, e);
        }
    }

    private IntervalBiFunction<String> pause() {
        return (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof LlmCallException l && l.retryAfter().isPresent()) {
                return l.retryAfter().get().toMillis();
            }
            long exp = tuning.baseBackoff().toMillis() << Math.min(attempt - 1, 20);
            long capped = Math.min(exp, tuning.maxBackoff().toMillis());
            return capped / 2 + (long) (random.nextDouble() * (capped / 2.0)); // half fixed, half jitter
        };
    }

    private String once(String url, Map<String, String> headers, String json) {
        Request request = new Request.Builder().url(url).headers(Headers.of(headers))
                .post(RequestBody.create(json, JSON)).build();
        try (Response r = client.newCall(request).execute()) {
            String body = r.body().string();
            if (r.isSuccessful()) {
                return body;
            }
            throw classify(r.code(), r.headers(), body, endpoint(url));
        } catch (InterruptedIOException e) {
            throw new LlmCallException(LlmCallException.Kind.TIMEOUT, 0, null,
                    "no reply from " + endpoint(url) + " within the timeout (STAFFDRILL_LLM_TIMEOUT_SECONDS)", e);
        } catch (IOException e) {
            throw new LlmCallException(LlmCallException.Kind.CONNECTION, 0, null,
                    "cannot reach " + endpoint(url) + ": " + e.getMessage(), e);
        }
    }

    LlmCallException classify(int status, Headers headers, String body, String where) {
        String detail = "HTTP " + status + " from " + where + explain(status) + ": " + excerpt(body);
        boolean quota = status == 429 && (body.contains("insufficient_quota") || body.contains("billing_hard_limit"));
        if (quota) {
            return new LlmCallException(LlmCallException.Kind.QUOTA, status, null, detail + " (quota exhausted)", null);
        }
        boolean transientStatus = status == 408 || status == 409 || status == 429 || status >= 500;
        if (!transientStatus) {
            return new LlmCallException(LlmCallException.Kind.FATAL, status, null, detail, null);
        }
        Duration after = retryAfter(headers);
        if (after != null && after.compareTo(tuning.maxRetryAfter()) > 0) {
            return new LlmCallException(LlmCallException.Kind.FATAL, status, after,
                    detail + " (asked to wait " + after.toSeconds() + " s; not waiting that long)", null);
        }
        return new LlmCallException(LlmCallException.Kind.RETRYABLE, status, after, detail, null);
    }

    private static String explain(int status) {
        return switch (status) {
            case 401 -> " (unauthorized: check STAFFDRILL_LLM_API_KEY)";
            case 403 -> " (forbidden: the key may lack access to this model)";
            case 404 -> " (not found: check STAFFDRILL_LLM_BASE_URL and STAFFDRILL_LLM_MODEL)";
            default -> "";
        };
    }

    /** retry-after-ms (OpenAI), else Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(Headers headers) {
        String ms = headers.get("retry-after-ms");
        try {
            if (ms != null) {
                return Duration.ofMillis((long) Double.parseDouble(ms.trim()));
            }
            String s = headers.get("retry-after");
            if (s == null) {
                return null;
            }
            if (s.trim().matches("\\d+(\\.\\d+)?")) {
                return Duration.ofMillis((long) (Double.parseDouble(s.trim()) * 1000));
            }
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(s.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String endpoint(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
