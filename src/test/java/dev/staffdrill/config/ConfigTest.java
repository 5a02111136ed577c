package dev.staffdrill.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {
    @Test
    void defaultsAreTheEmbeddedSetUp() {
        Config c = Config.load(List.of(), Map.of());
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.contentDir()).isEqualTo(Path.of("./content"));
        assertThat(c.llm().enabled()).isFalse();
        assertThat(c.devMode()).isFalse();
        assertThat(c.grace()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.effectiveJdbcUrl()).startsWith("jdbc:h2:file:").endsWith("staffdrill");
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsDefaults() {
        Config c = Config.load(List.of("--port=9000", "--dev"), Map.of("STAFFDRILL_PORT", "8000",
                "STAFFDRILL_GRACE_SECONDS", "5", "PATH", "/bin"));
        assertThat(c.port()).isEqualTo(9000);
        assertThat(c.devMode()).isTrue();
        assertThat(c.grace()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void malformedValueNamesTheVariable() {
        assertThatThrownBy(() -> Config.load(List.of(), Map.of("STAFFDRILL_PORT", "seventy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("STAFFDRILL_PORT").hasMessageContaining("seventy");
        assertThatThrownBy(() -> Config.load(List.of("--dev", "maybe"), Map.of()))
                .hasMessageContaining("STAFFDRILL_DEV").hasMessageContaining("true or false");
    }

    @Test
    void unknownSettingsFailRatherThanBeingIgnored() {
        assertThatThrownBy(() -> Config.load(List.of(), Map.of("STAFFDRILL_PROT", "1")))
                .hasMessageContaining("unknown environment variable STAFFDRILL_PROT");
        assertThatThrownBy(() -> Config.load(List.of("--prot", "1"), Map.of()))
                .hasMessageContaining("unknown option --prot");
    }

    @Test
    void llmNeedsUrlAndModelAndNeverPrintsTheKey() {
        assertThatThrownBy(() -> Config.load(List.of(), Map.of("STAFFDRILL_LLM_PROVIDER", "openai")))
                .hasMessageContaining("STAFFDRILL_LLM_BASE_URL");
        Config c = Config.load(List.of(), Map.of("STAFFDRILL_LLM_PROVIDER", "openai",
                "STAFFDRILL_LLM_BASE_URL", "http://localhost:1/v1", "STAFFDRILL_LLM_MODEL", "m",
                "STAFFDRILL_LLM_API_KEY", "sk-very-secret"));
        assertThat(c.toString()).doesNotContain("sk-very-secret");
        assertThat(c.llm().toString()).doesNotContain("sk-very-secret");
    }
}
