package dev.staffdrill.account;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Slows down, then locks out, password guessing. Every try is counted <em>before</em> its password
 * is checked, so a burst of concurrent guesses cannot all slip in under the limit: each try writes
 * its row first and then counts, and the k-th committed row sees at least k.
 * <p>
 * Lock-outs are per account name <em>and</em> address (5 tries), and per address (20 tries, many
 * names from one place): a stranger guessing from elsewhere cannot lock the owner out. Failures
 * per account name from everywhere only slow the answers down. Unknown names count the same way,
 * so the lock-out says nothing about who has an account.
 */
public final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int SLOW_AFTER = 3;        // from the 3rd failure of an account name, each answer waits
    static final int ACCOUNT_LOCK = 5;      // tries per account name from one address in the window
    static final int ADDRESS_LOCK = 20;     // tries per address in the window
    static final long MAX_HOLD_MILLIS = 2000;
    private final Jdbi jdbi;
    private final Clock clock;

    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** One counted try: its rows, and where the counts stood once it was counted. */
    public record Try(String username, String address, List<Long> rows, int pairTries, int addressTries,
                      int accountTries) {
        public boolean locked() {
            return pairTries > ACCOUNT_LOCK || addressTries > ADDRESS_LOCK;
        }

        /** Failed tries this name may still make from this address before it is locked. */
        public int triesLeft() {
            return Math.max(0, Math.min(ACCOUNT_LOCK - pairTries, ADDRESS_LOCK - addressTries));
        }

        /** How long to hold a wrong answer back: 250 ms from the 3rd failure, doubling, at most 2 s. */
        public Duration hold() {
            if (accountTries < SLOW_AFTER) {
                return Duration.ZERO;
            }
            int doublings = Math.min(accountTries - SLOW_AFTER, 4); // no shift past 2 s, whatever the count
            return Duration.ofMillis(Math.min(MAX_HOLD_MILLIS, 250L << doublings));
        }
    }

    /**
     * Counts a try for this name from this address before its password is checked. A locked try is
     * not kept (it was never checked), so hammering a lock does not extend it.
     */
    public Try begin(String username, String address) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        OffsetDateTime since = now.minus(WINDOW);
        String pair = pair(username, address);
        List<Long> rows = new ArrayList<>();
        jdbi.useTransaction(h -> {
            for (String subject : new String[]{pair, "address:" + address, "account:" + username}) {
                rows.add(h.createUpdate("INSERT INTO login_failure (subject, failed_at) VALUES (:s, :t)")
                        .bind("s", subject).bind("t", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            }
        });
        Try t = jdbi.withHandle(h -> new Try(username, address, rows, count(h, pair, since),
                count(h, "address:" + address, since), count(h, "account:" + username, since)));
        if (t.locked()) {
            forget(rows);
        }
        return t;
    }

    /** The right password: this try and this name's failures are forgotten. */
    public void succeeded(Try t) {
        OffsetDateTime old = Instant.now(clock).atOffset(ZoneOffset.UTC).minus(WINDOW.multipliedBy(4));
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM login_failure WHERE subject = :p OR subject = :a")
                    .bind("p", pair(t.username(), t.address())).bind("a", "account:" + t.username()).execute();
            deleteRows(h, t.rows());
            h.createUpdate("DELETE FROM login_failure WHERE failed_at < :old").bind("old", old).execute();
        });
    }

    /** Lifts every lock and slow-down on this account name, from every address (its password was reset). */
    public void clear(String username) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE subject = :a OR subject LIKE :p")
                .bind("a", "account:" + username).bind("p", pairPrefix(username) + "%").execute());
    }

    private void forget(List<Long> rows) {
        jdbi.useHandle(h -> deleteRows(h, rows));
    }

    private static void deleteRows(Handle h, List<Long> rows) {
        for (long id : rows) {
            h.createUpdate("DELETE FROM login_failure WHERE id = :id").bind("id", id).execute();
        }
    }

    private static int count(Handle h, String subject, OffsetDateTime since) {
        return h.createQuery("SELECT COUNT(*) FROM login_failure WHERE subject = :s AND failed_at > :t")
                .bind("s", subject).bind("t", since).mapTo(Integer.class).one();
    }

    /** The name (hashed: the subject column holds 300 characters, a name alone 254) and the address. */
    static String pair(String username, String address) {
        return pairPrefix(username) + address;
    }

    private static String pairPrefix(String username) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return "pair:" + HexFormat.of().formatHex(d) + "@";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
