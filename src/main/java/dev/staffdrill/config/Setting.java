package dev.staffdrill.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every configuration setting, in one table: its environment variable, its command-line flag,
 * its default and what it means. The README's configuration table and `--help` come from here,
 * so a setting cannot exist without being documented.
 */
public enum Setting {
    PORT("port", "7070", "HTTP port (0 picks a free one)."),
    HOST("host", "", "Address to listen on, e.g. 127.0.0.1 or 0.0.0.0. Default: all interfaces, but only 127.0.0.1 with --local-mode."),
    DATA_DIR("data-dir", "./data", "Where the H2 database file and other local data live."),
    CONTENT_DIR("content-dir", "./content", "The question bank: rubric, chapters, questions, sets."),
    JDBC_URL("jdbc-url", "", "Overrides the database (default: H2 file under the data dir): jdbc:h2:… or jdbc:postgresql://HOST:PORT/DB (PostgreSQL 15+)."),
    DB_USER("db-user", "sa", "Database user (with --jdbc-url)."),
    DB_PASSWORD("db-password", "", "Database password (with --jdbc-url); never logged."),
    DEV("dev", "false", "Development mode: templates hot-reload from src/main/jte, static files from static/."),
    LOCAL_MODE("local-mode", "false", "Single-learner mode: one local learner is signed in without a password. Never on a shared deployment."),
    SECURE_COOKIES("secure-cookies", "false", "Mark cookies Secure (set true when served over HTTPS)."),
    BEHIND_PROXY("behind-proxy", "false", "Every request comes through your reverse proxy: take the client address from its X-Forwarded-For (login throttling counts per learner, not per proxy). Never without such a proxy."),
    SESSION_IDLE_MINUTES("session-idle-minutes", "120", "A session ends after this long without a request."),
    SESSION_MAX_HOURS("session-max-hours", "168", "A session ends this long after login, whatever the activity."),
    GRACE_SECONDS("grace-seconds", "60", "After a drill clock runs out, a final save in flight is still accepted for this long."),
    MAX_ANSWER_CHARS("max-answer-chars", "50000", "Largest answer accepted, in characters."),
    DRILL_SECONDS("drill-seconds", "", "Testing/demo: give every question this clock in seconds instead of its own."),
    LLM_PROVIDER("llm-provider", "off", "off | openai (any OpenAI-compatible Chat Completions API) | anthropic."),
    LLM_BASE_URL("llm-base-url", "", "e.g. https://api.openai.com/v1, http://localhost:11434/v1 (Ollama), https://api.anthropic.com."),
    LLM_MODEL("llm-model", "", "Model name, e.g. gpt-4o-mini, llama3.1:8b, claude-sonnet-4-5."),
    LLM_API_KEY("llm-api-key", "", "API key; read from the environment, never logged or shown."),
    LLM_TIMEOUT_SECONDS("llm-timeout-seconds", "60", "Overall timeout for one LLM call."),
    LLM_MAX_TOKENS("llm-max-tokens", "2000", "Maximum output tokens per grading call."),
    LLM_CONCURRENCY("llm-concurrency", "4", "At most this many LLM calls in flight."),
    GRADING_WORKERS("grading-workers", "4", "Grading job worker threads.");

    private final String flag;
    private final String defaultValue;
    private final String description;

    Setting(String flag, String defaultValue, String description) {
        this.flag = flag;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String env() {
        return "STAFFDRILL_" + name();
    }

    public String flag() {
        return "--" + flag;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean secret() {
        return this == LLM_API_KEY || this == DB_PASSWORD;
    }

    static Optional<Setting> byFlag(String flag) {
        return Arrays.stream(values()).filter(s -> s.flag().equals(flag)).findFirst();
    }

    static Optional<Setting> byEnv(String env) {
        return Arrays.stream(values()).filter(s -> s.env().equals(env)).findFirst();
    }
}
