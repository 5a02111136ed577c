package dev.staffdrill.account;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Slows down, then locks out, password guessing, per account name and per address. Failures are
 * counted whether or not the account exists, so the lock-out says nothing about who has one.
 */
public final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int SLOW_AFTER = 3;        // from the 3rd failure, each answer waits
    static final int ACCOUNT_LOCK = 5;      // failures per account name in the window
    static final int ADDRESS_LOCK = 20;     // failures per address in the window (many names from one place)
    private final Jdbi jdbi;
    private final Clock clock;

    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A message when this account name or address is locked out right now. */
    public Optional<String> lockedOut(String username, String address) {
        if (failures("account:" + username) >= ACCOUNT_LOCK || failures("address:" + address) >= ADDRESS_LOCK) {
            return Optional.of("Too many failed log-ins. Wait 15 minutes and try again.");
        }
        return Optional.empty();
    }

    /** Records a failure; returns how long the caller should hold the answer back. */
    public Duration failed(String username, String address) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        jdbi.useHandle(h -> {
            for (String subject : new String[]{"account:" + username, "address:" + address}) {
                h.createUpdate("INSERT INTO login_failure (subject, failed_at) VALUES (:s, :t)")
                        .bind("s", subject).bind("t", now).execute();
            }
            h.createUpdate("DELETE FROM login_failure WHERE failed_at < :old").bind("old", now.minus(WINDOW.multipliedBy(4)))
                    .execute();
        });
        int n = failures("account:" + username);
        return n >= SLOW_AFTER ? Duration.ofMillis(Math.min(2000, 250L << (n - SLOW_AFTER))) : Duration.ZERO;
    }

    public void succeeded(String username) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE subject = :s")
                .bind("s", "account:" + username).execute());
    }

    private int failures(String subject) {
        OffsetDateTime since = Instant.now(clock).atOffset(ZoneOffset.UTC).minus(WINDOW);
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_failure WHERE subject = :s AND failed_at > :t")
                .bind("s", subject).bind("t", since).mapTo(Integer.class).one());
    }
}
