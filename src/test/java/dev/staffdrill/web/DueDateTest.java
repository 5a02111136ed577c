package dev.staffdrill.web;

import io.javalin.http.BadRequestResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A due date is what the datetime-local field sends, within sensible years; anything else is refused, not bent. */
class DueDateTest {
    @Test
    void aFieldValueIsReadAsUtc() {
        assertThat(Forms.utc("2026-12-01T18:00")).isEqualTo(Instant.parse("2026-12-01T18:00:00Z"));
        assertThat(Forms.utc(" 2026-12-01T18:00:30 ")).isEqualTo(Instant.parse("2026-12-01T18:00:30Z"));
        assertThat(Forms.utc("")).isNull();
        assertThat(Forms.utc(null)).isNull();
    }

    @Test
    void extremeOrOddValuesAreRefused() {
        for (String bad : new String[]{"-999999999-01-01T00:00", "+999999999-12-31T23:59", "99999-01-01T00:00",
                "1970-01-01T00:00", "2101-01-01T00:00", "2026-13-01T00:00", "2026-02-30T10:00", "2026-12-01",
                "2026-12-01T18:00Z", "tomorrow"}) {
            assertThatThrownBy(() -> Forms.utc(bad)).as(bad).isInstanceOf(BadRequestResponse.class)
                    .hasMessageContaining("2000 to 2100");
        }
    }
}
