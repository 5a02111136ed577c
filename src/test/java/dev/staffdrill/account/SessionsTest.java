package dev.staffdrill.account;

import dev.staffdrill.db.Database;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Session expiry against the real schema, with a clock the test moves. */
class SessionsTest {
    @TempDir
    java.nio.file.Path tmp;
    Database db;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T10:00:00Z"));
    long userId;

    @BeforeEach
    void open() {
        db = Database.open(TestConfig.database(tmp));
        userId = new UserRepository(db.jdbi()).create("ada", "Ada", "hash", Role.LEARNER, clock.instant()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Sessions sessions(Duration idle, Duration max) {
        return new Sessions(db.jdbi(), clock, idle, max);
    }

    @Test
    void idleSessionEndsAndIsDeleted() {
        Sessions s = sessions(Duration.ofMinutes(1), Duration.ofHours(1));
        var created = s.create(userId);
        clock.advance(Duration.ofSeconds(59));
        assertThat(s.find(created.token())).isPresent();
        clock.advance(Duration.ofSeconds(61)); // 61 s since the last request
        assertThat(s.find(created.token())).isEmpty();
        clock.advance(Duration.ofSeconds(-61)); // even back in time: the row is gone, not just judged old
        assertThat(s.find(created.token())).isEmpty();
    }

    @Test
    void activeSessionStaysAliveWithAShortIdleLimit() {
        // Regression: last_seen was written at most once a minute, so with a 1-minute idle limit a
        // learner clicking every 50 s was logged out at 100 s.
        Sessions s = sessions(Duration.ofMinutes(1), Duration.ofHours(1));
        var created = s.create(userId);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(50));
            assertThat(s.find(created.token())).as("request at %d s", 50 * (i + 1)).isPresent();
        }
    }

    @Test
    void absoluteLifetimeEndsEvenAnActiveSession() {
        Sessions s = sessions(Duration.ofMinutes(30), Duration.ofHours(2));
        var created = s.create(userId);
        for (int i = 0; i < 5; i++) { // a request every 20 min: never idle, 100 min in all
            clock.advance(Duration.ofMinutes(20));
            assertThat(s.find(created.token())).isPresent();
        }
        clock.advance(Duration.ofMinutes(25)); // 2 h 5 min after login
        assertThat(s.find(created.token())).isEmpty();
    }

    @Test
    void tokenIsStoredOnlyAsItsHash() {
        Sessions s = sessions(Duration.ofMinutes(30), Duration.ofHours(2));
        var created = s.create(userId);
        List<String> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM user_session")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly(Sessions.sha256(created.token())).doesNotContain(created.token());
        assertThat(s.find("not-a-token")).isEmpty();
        assertThat(s.find(null)).isEmpty();
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
