package dev.staffdrill.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's configuration table is generated from {@link Setting}: this test fails when they differ
 * (a setting added, renamed or re-described) and prints the table to paste between the markers.
 */
class ReadmeSettingsTest {
    static final String START = "<!-- settings:start (generated from config/Setting.java; ReadmeSettingsTest checks it) -->";
    static final String END = "<!-- settings:end -->";

    static String table() {
        StringBuilder sb = new StringBuilder("| Flag | Environment variable | Default | Meaning |\n|---|---|---|---|\n");
        for (Setting s : Setting.values()) {
            String def = s.defaultValue().isEmpty() ? "(none)" : "`" + s.defaultValue() + "`";
            sb.append("| `").append(s.flag()).append("` | `").append(s.env()).append("` | ").append(def).append(" | ")
                    .append(s.description().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void readmeHasTheTableOfEverySetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md lacks the line " + START).isNotNegative();
        assertThat(end).as("README.md lacks the line " + END).isGreaterThan(start);
        String actual = readme.substring(start + START.length(), end).strip() + "\n";
        assertThat(actual).as("README.md's settings table is out of date; paste this between the markers:%n%n%s", table())
                .isEqualTo(table());
    }

    @Test
    void everySettingHasARowOfItsOwn() {
        String t = table();
        for (Setting s : Setting.values()) {
            assertThat(t).contains("| `" + s.flag() + "` | `" + s.env() + "` |");
        }
        assertThat(t.lines().count()).isEqualTo(Setting.values().length + 2);
    }
}
