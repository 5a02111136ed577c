package dev.staffdrill.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the app needs to start, resolved once. Precedence: command-line flag, then
 * environment variable, then the default in {@link Setting}.
 */
public record Config(
        int port,
        Path dataDir,
        Path contentDir,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        boolean devMode,
        boolean localMode,
        boolean secureCookies,
        Duration sessionIdle,
        Duration sessionMax,
        Duration grace,
        int maxAnswerChars,
        Optional<Duration> drillClockOverride,
        LlmConfig llm,
        int gradingWorkers,
        boolean behindProxy,
        String host) {

    /** LLM settings; {@code provider} "off" means the offline grader only. */
    public record LlmConfig(String provider, String baseUrl, String model, String apiKey,
                            Duration timeout, int maxTokens, int concurrency) {
        public boolean enabled() {
            return !"off".equals(provider);
        }

        @Override
        public String toString() { // never let the key reach a log line
            return "LlmConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                    + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + "]";
        }
    }

    /**
     * Where to listen: the --host setting, else loopback only in local mode (every visitor there is
     * signed in as the learner, so the network must not reach it), else every interface (null).
     */
    public String listenHost() {
        if (!host.isEmpty()) {
            return host;
        }
        return localMode ? "127.0.0.1" : null;
    }

    public String defaultJdbcUrl() {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("staffdrill");
    }

    public boolean usesDefaultDatabase() {
        return jdbcUrl.isEmpty();
    }

    public String effectiveJdbcUrl() {
        return usesDefaultDatabase() ? defaultJdbcUrl() : jdbcUrl;
    }

    @Override
    public String toString() {
        return "Config[port=" + port + ", host=" + host + ", dataDir=" + dataDir + ", contentDir=" + contentDir
                + ", devMode=" + devMode + ", localMode=" + localMode + ", llm=" + llm + "]";
    }

    public Config withPort(int newPort) {
        return new Config(newPort, dataDir, contentDir, jdbcUrl, dbUser, dbPassword, devMode, localMode,
                secureCookies, sessionIdle, sessionMax, grace, maxAnswerChars, drillClockOverride, llm, gradingWorkers,
                behindProxy, host);
    }

    /** Resolves flags ({@code --name value} or {@code --name=value}) over environment over defaults. */
    public static Config load(List<String> flags, Map<String, String> env) {
        Map<Setting, String> raw = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            raw.put(s, s.defaultValue());
        }
        env.forEach((key, value) -> {
            if (key.startsWith("STAFFDRILL_")) {
                Setting s = Setting.byEnv(key).orElseThrow(() -> new ConfigException(
                        "unknown environment variable " + key + ": see 'staff-drill --help' for the settings"));
                raw.put(s, value);
            }
        });
        for (int i = 0; i < flags.size(); i++) {
            String arg = flags.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String flagName = name;
            Setting s = Setting.byFlag(flagName).orElseThrow(() -> new ConfigException(
                    "unknown option " + flagName + ": see 'staff-drill --help' for the settings"));
            if (value == null) {
                boolean isSwitch = s.defaultValue().equals("false");
                boolean hasNext = i + 1 < flags.size() && !flags.get(i + 1).startsWith("--");
                if (isSwitch && !hasNext) {
                    value = "true";
                } else if (hasNext) {
                    value = flags.get(++i);
                } else {
                    throw new ConfigException("option " + flagName + " needs a value");
                }
            }
            raw.put(s, value);
        }
        return from(raw);
    }

    private static Config from(Map<Setting, String> raw) {
        Parser p = new Parser(raw);
        String provider = p.oneOf(Setting.LLM_PROVIDER, "off", "openai", "anthropic");
        LlmConfig llm = new LlmConfig(provider, p.string(Setting.LLM_BASE_URL), p.string(Setting.LLM_MODEL),
                p.string(Setting.LLM_API_KEY), Duration.ofSeconds(p.integer(Setting.LLM_TIMEOUT_SECONDS, 1, 600)),
                p.integer(Setting.LLM_MAX_TOKENS, 100, 100_000), p.integer(Setting.LLM_CONCURRENCY, 1, 64));
        if (llm.enabled() && (llm.baseUrl().isBlank() || llm.model().isBlank())) {
            throw new ConfigException(Setting.LLM_PROVIDER.env() + "=" + provider + " needs "
                    + Setting.LLM_BASE_URL.env() + " and " + Setting.LLM_MODEL.env());
        }
        String drill = p.string(Setting.DRILL_SECONDS);
        Optional<Duration> override = drill.isEmpty() ? Optional.empty()
                : Optional.of(Duration.ofSeconds(p.integer(Setting.DRILL_SECONDS, 1, 24 * 3600)));
        return new Config(
                p.integer(Setting.PORT, 0, 65535),
                Path.of(p.string(Setting.DATA_DIR)),
                Path.of(p.string(Setting.CONTENT_DIR)),
                p.string(Setting.JDBC_URL),
                p.string(Setting.DB_USER),
                p.string(Setting.DB_PASSWORD),
                p.bool(Setting.DEV),
                p.bool(Setting.LOCAL_MODE),
                p.bool(Setting.SECURE_COOKIES),
                Duration.ofMinutes(p.integer(Setting.SESSION_IDLE_MINUTES, 1, 60 * 24 * 30)),
                Duration.ofHours(p.integer(Setting.SESSION_MAX_HOURS, 1, 24 * 365)),
                Duration.ofSeconds(p.integer(Setting.GRACE_SECONDS, 0, 3600)),
                p.integer(Setting.MAX_ANSWER_CHARS, 100, 1_000_000),
                override,
                llm,
                p.integer(Setting.GRADING_WORKERS, 1, 64),
                p.bool(Setting.BEHIND_PROXY),
                p.host(Setting.HOST));
    }

    private record Parser(Map<Setting, String> raw) {
        String string(Setting s) {
            return raw.get(s).trim();
        }

        int integer(Setting s, int min, int max) {
            String v = string(s);
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException(s.env() + " (" + s.flag() + ") must be a whole number from "
                        + min + " to " + max + ", got '" + v + "'");
            }
        }

        /** An IP literal or a host name; empty means the default. Checked here, not when binding fails. */
        String host(Setting s) {
            String v = string(s);
            if (!v.isEmpty() && !v.matches("[A-Za-z0-9.:\\-\\[\\]%]{1,253}")) {
                throw new ConfigException(s.env() + " (" + s.flag() + ") must be an address such as 127.0.0.1 or 0.0.0.0, got '"
                        + v + "'");
            }
            return v;
        }

        boolean bool(Setting s) {
            String v = string(s).toLowerCase();
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            throw new ConfigException(s.env() + " (" + s.flag() + ") must be true or false, got '" + v + "'");
        }

        String oneOf(Setting s, String... allowed) {
            String v = string(s).toLowerCase();
            for (String a : allowed) {
                if (a.equals(v)) {
                    return v;
                }
            }
            throw new ConfigException(s.env() + " (" + s.flag() + ") must be one of "
                    + String.join(", ", allowed) + ", got '" + v + "'");
        }
    }
}
