package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.staffdrill.config.Config;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.Grader;
import dev.staffdrill.grading.offline.OfflineGrader;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The LLM rubric grader. The offline check always runs beside it; the LLM's reply is validated
 * and merged with it ({@link GradeMerge}). Calls are capped in number, retried on transient errors
 * (see {@link LlmHttp}), cut off by a circuit breaker while the provider is down, cached, and
 * audited. Whatever goes wrong, a grade comes back: the offline check, labelled OFFLINE_FALLBACK.
 */
public final class LlmGrader implements Grader, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LlmGrader.class);

    private final Config.LlmConfig config;
    private final Provider provider;
    private final OkHttpClient client;
    private final LlmHttp http;
    private final CircuitBreaker breaker;
    private final Semaphore permits;
    private final OfflineGrader offline;
    private final LlmStore store;
    private final ObjectMapper json;
    private final ReplyValidator validator;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    /** Probe calls: one HTTP attempt, a short timeout: a learner is waiting, and the authored probe is ready. */
    private final LlmHttp probeHttp;
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(6);

    public LlmGrader(Config.LlmConfig config, LlmTuning tuning, OfflineGrader offline, LlmStore store,
                     ObjectMapper json, Clock clock) {
        this.config = config;
        this.provider = switch (config.provider()) {
            case "openai" -> new OpenAiProvider(config.baseUrl(), config.model(), config.apiKey(), json);
            case "anthropic" -> new AnthropicProvider(config.baseUrl(), config.model(), config.apiKey(), json);
            default -> throw new IllegalArgumentException("no LLM provider '" + config.provider() + "'");
        };
        Duration t = config.timeout();
        this.client = new OkHttpClient.Builder()
                .connectTimeout(t.compareTo(Duration.ofSeconds(10)) < 0 ? t : Duration.ofSeconds(10))
                .readTimeout(t).writeTimeout(t).callTimeout(t)
                .retryOnConnectionFailure(false) // LlmHttp owns the retry policy
                .socketFactory(new NoDelaySocketFactory())
                .build();
        this.http = new LlmHttp(client, tuning, random);
        Duration pt = t.compareTo(PROBE_TIMEOUT) < 0 ? t : PROBE_TIMEOUT;
        this.probeHttp = new LlmHttp(client.newBuilder().callTimeout(pt).readTimeout(pt).build(),
                new LlmTuning(1, tuning.baseBackoff(), tuning.maxBackoff(), Duration.ZERO, tuning.breakerWindow(),
                        tuning.breakerMinCalls(), tuning.breakerOpenFor()), random);
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(tuning.breakerWindow())
                .minimumNumberOfCalls(tuning.breakerMinCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(tuning.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof LlmCallException l && l.providerDown())
                .build());
        this.permits = new Semaphore(config.concurrency(), true);
        this.offline = offline;
        this.store = store;
        this.json = json;
        this.validator = new ReplyValidator(json);
        this.clock = clock;
    }

    @Override
    public String describe() {
        return "LLM rubric (" + config.model() + ") with offline signal check";
    }

    /** The circuit breaker's state, for /healthz and tests: CLOSED, OPEN or HALF_OPEN. */
    public String breakerState() {
        return breaker.getState().name();
    }

    @Override
    public Grade grade(Rubric rubric, Question question, String answer, long attemptId) {
        return grade(rubric, question, answer, List.of(), attemptId);
    }

    @Override
    public Grade grade(Rubric rubric, Question question, String answer, List<String> followUps, long attemptId) {
        Grade off = offline.grade(rubric, question, answer);
        List<Rubric.Dimension> targets = question.dimensions().stream().map(rubric::dimension)
                .flatMap(Optional::stream).toList();
        if (targets.isEmpty()) {
            return off;
        }
        CacheKey key = CacheKey.of(rubric.version(), question.id(), question.version(),
                followUps.isEmpty() ? answer : answer + "\u0000" + String.join("\u0000", followUps), provider.name(),
                config.model(), Prompt.VERSION);
        Optional<Grade> hit = cached(key);
        if (hit.isPresent()) {
            return hit.get().gradedAt(clock.instant());
        }
        if (breaker.getState() == CircuitBreaker.State.OPEN) { // don't queue for a permit just to be refused
            return fallback(off, GradeFlag.LLM_UNAVAILABLE, breakerNote());
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(off, GradeFlag.LLM_UNAVAILABLE, "grading was interrupted");
        }
        try {
            return judge(rubric, targets, question, answer, followUps, attemptId, off, key);
        } finally {
            permits.release();
        }
    }

    private Grade judge(Rubric rubric, List<Rubric.Dimension> targets, Question q, String answer,
                        List<String> followUps, long attemptId, Grade off, CacheKey key) {
        byte[] nonce = new byte[8];
        random.nextBytes(nonce);
        Prompt prompt = new Prompt(HexFormat.of().formatHex(nonce));
        ObjectNode schema = GradeSchema.of(targets, json);
        String system = prompt.system(rubric, targets, q, schema) + Prompt.followUps(followUps);
        List<Provider.Message> messages = new ArrayList<>(List.of(Provider.Message.user(prompt.user(answer))));
        for (int round = 1; ; round++) {
            String request = provider.body(system, messages, schema, config.maxTokens()).toString();
            long start = System.nanoTime();
            LlmHttp.Exchange ex;
            try {
                ex = breaker.executeCallable(() -> http.post(provider.url(), provider.headers(), request));
            } catch (CallNotPermittedException e) {
                return fallback(off, GradeFlag.LLM_UNAVAILABLE, breakerNote());
            } catch (Exception e) {
                LlmCallException failure = e instanceof LlmCallException l ? l
                        : new LlmCallException(LlmCallException.Kind.CONNECTION, 0, null, "LLM call failed: " + e, e);
                String why = redact(failure.getMessage());
                LOG.warn("LLM grading call failed, using the offline check: {}", why);
                audit(attemptId, request, "", failure.status(), start, null, failure.attempts(), outcome(failure), why);
                return fallback(off, GradeFlag.LLM_UNAVAILABLE, "LLM unavailable: " + why);
            }
            Provider.Reply reply = null;
            // The key out of the reply before anything reads it: a provider that echoes it back would
            // otherwise put it in the feedback the learner sees, the stored grade and the exports.
            String body = redact(ex.body());
            try {
                reply = provider.parse(body);
                ReplyValidator.Validated v = validator.validate(reply, targets, answer);
                audit(attemptId, request, body, ex.status(), start, reply, ex.attempts(),
                        v.quotesDropped() > 0 ? "QUOTES_DROPPED" : "VALID",
                        v.quotesDropped() > 0 ? v.quotesDropped() + " quote(s) not found in the answer were dropped" : "");
                Grade g = GradeMerge.merge(rubric, q, v, off, config.model(), clock.instant());
                store.cache(key, json.writeValueAsString(g));
                return g;
            } catch (InvalidReply e) {
                audit(attemptId, request, body, ex.status(), start, reply, ex.attempts(), e.outcome(), e.getMessage());
                if (round >= 2) {
                    return fallback(off, GradeFlag.LLM_INVALID, "the LLM's reply could not be used twice: " + e.getMessage());
                }
                String said = reply == null || reply.text().isBlank() ? "(no usable reply)" : clip(reply.text(), 4000);
                messages.add(Provider.Message.assistant(said));
                messages.add(Provider.Message.user(Prompt.reask(e.getMessage())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a grade could not be written as JSON", e);
            }
        }
    }

    /**
     * One short call for the interviewer (a follow-up probe, not a grade): the same provider, key,
     * circuit breaker, concurrency cap and audit as grading, one HTTP attempt within
     * {@link #PROBE_TIMEOUT}. Returns the model's text; throws {@link LlmCallException} or
     * {@link InvalidReply} when there is none to use. Never waits long for a permit: the caller has a fallback.
     */
    String probeCall(String system, String user, ObjectNode schema, long attemptId) {
        if (breaker.getState() == CircuitBreaker.State.OPEN) {
            throw new LlmCallException(LlmCallException.Kind.CONNECTION, 0, null, breakerNote(), null);
        }
        boolean permitted;
        try {
            permitted = permits.tryAcquire(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permitted = false;
        }
        if (!permitted) {
            throw new LlmCallException(LlmCallException.Kind.CONNECTION, 0, null, "every LLM slot is busy grading", null);
        }
        String request = provider.body(system, List.of(Provider.Message.user(user)), schema, 400).toString();
        long start = System.nanoTime();
        try {
            LlmHttp.Exchange ex;
            try {
                ex = breaker.executeCallable(() -> probeHttp.post(provider.url(), provider.headers(), request));
            } catch (LlmCallException e) {
                audit(attemptId, request, "", e.status(), start, null, e.attempts(), outcome(e), redact(e.getMessage()));
                throw e;
            } catch (Exception e) {
                LlmCallException f = new LlmCallException(LlmCallException.Kind.CONNECTION, 0, null,
                        "LLM call failed: " + e, e);
                audit(attemptId, request, "", 0, start, null, 1, outcome(f), redact(f.getMessage()));
                throw f;
            }
            String body = redact(ex.body());
            Provider.Reply reply = null;
            try {
                reply = provider.parse(body);
                if (reply.finish() != Provider.Finish.STOP) {
                    throw new InvalidReply(reply.finish() == Provider.Finish.REFUSAL ? "REFUSAL" : "TRUNCATED",
                            "the model stopped early (" + reply.finish() + ")");
                }
                audit(attemptId, request, body, ex.status(), start, reply, ex.attempts(), "PROBE", "");
                return reply.text();
            } catch (InvalidReply e) {
                audit(attemptId, request, body, ex.status(), start, reply, ex.attempts(), e.outcome(), e.getMessage());
                throw e;
            }
        } finally {
            permits.release();
        }
    }

    /** Marks the audit row of a probe the interviewer could not use, with why. */
    void probeRejected(long attemptId, String why) {
        LOG.info("LLM follow-up probe for attempt {} not used: {}", attemptId, why);
    }

    private Optional<Grade> cached(CacheKey key) {
        try {
            return store.cached(key).map(s -> {
                try {
                    return json.readValue(s, Grade.class);
                } catch (JsonProcessingException e) {
                    return null; // an unreadable entry (older format) is a miss
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("LLM cache lookup failed; grading without it", e);
            return Optional.empty();
        }
    }

    private Grade fallback(Grade off, GradeFlag flag, String why) {
        return off.asFallback(flag, why).withModel(config.model());
    }

    private String breakerNote() {
        return "the LLM provider has been failing, so grades use the offline check until it recovers";
    }

    private void audit(long attemptId, String request, String response, int status, long startNanos,
                       Provider.Reply reply, int attempts, String outcome, String detail) {
        try {
            store.audit(new AuditEntry(attemptId, provider.name(), config.model(), Prompt.VERSION, redact(request),
                    redact(response), status, (System.nanoTime() - startNanos) / 1_000_000,
                    reply == null ? null : reply.inputTokens(), reply == null ? null : reply.outputTokens(), attempts,
                    outcome, clip(redact(detail), 2000), clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("writing the LLM audit row failed", e); // never lose a grade over its audit row
        }
    }

    private static String outcome(LlmCallException e) {
        return switch (e.kind()) {
            case TIMEOUT -> "TIMEOUT";
            case CONNECTION -> "CONNECTION_ERROR";
            case QUOTA -> "QUOTA";
            default -> "HTTP_ERROR";
        };
    }

    /** The key must never reach a log line, an audit row or a page, even when a provider echoes it. */
    private String redact(String s) {
        String key = config.apiKey();
        return s == null || key.length() < 4 ? s : s.replace(key, "***");
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
