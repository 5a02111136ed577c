package dev.staffdrill.account;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import dev.staffdrill.db.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Database-backed sessions, so a restart logs nobody out. The cookie holds a random token; the
 * table holds only its SHA-256. Sessions end after an idle period and after an absolute lifetime.
 */
public final class Sessions {
    /** Skip the last-seen write when the previous one is this recent: at most one write a minute, not per request. */
    private static final Duration TOUCH_AT_MOST_EVERY = Duration.ofMinutes(1);
    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration idle;
    private final Duration max;
    /** A tenth of the idle time at most, so a skipped write can cut an active session short by 10% at worst. */
    private final Duration touchEvery;
    private final SecureRandom random = new SecureRandom();

    public record Session(String tokenHash, long userId, String csrfToken) {
    }

    /** A new session: the raw token goes into the cookie and nowhere else. */
    public record Created(String token, Session session) {
    }

    public Sessions(Jdbi jdbi, Clock clock, Duration idle, Duration max) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.idle = idle;
        this.max = max;
        Duration tenth = idle.dividedBy(10);
        this.touchEvery = tenth.compareTo(TOUCH_AT_MOST_EVERY) < 0 ? tenth : TOUCH_AT_MOST_EVERY;
    }

    public Created create(long userId) {
        String token = randomToken();
        Session s = new Session(sha256(token), userId, randomToken());
        OffsetDateTime now = now();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, "
                        + "last_seen_at) VALUES (:t, :u, :c, :n, :n)")
                .bind("t", s.tokenHash()).bind("u", userId).bind("c", s.csrfToken()).bind("n", now).execute());
        return new Created(token, s);
    }

    /** A session row as stored. Public only because Jdbi's ConstructorMapper can call public constructors alone. */
    public record Stored(long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }

    private static final RowMapper<Stored> STORED = ConstructorMapper.of(Stored.class);

    public Optional<Session> find(String token) {
        return lookup(token, "SELECT user_id, csrf_token, created_at, last_seen_at FROM user_session WHERE token_hash = :t",
                STORED_ROW, (stored, session) -> session);
    }

    /** A live session with its user, as every signed-in request needs them first. */
    public record SignedIn(Session session, User user) {
    }

    /**
     * {@link #find} and the user's row in one query: one round trip instead of two on every request
     * (an autosave every 3 s per learner makes this the most frequent query there is).
     */
    public Optional<SignedIn> findSignedIn(String token) {
        return lookup(token, "SELECT s.user_id, s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, "
                        + "u.username, u.display_name, u.role, u.time_multiplier, u.created_at "
                        + "FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = :t",
                (rs, ctx) -> {
                    long userId = rs.getLong("user_id");
                    User user = new User(userId, rs.getString("username"), rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")), rs.getBigDecimal("time_multiplier"), Sql.instant(rs, "created_at"));
                    return new Row<>(user, userId, rs.getString("csrf_token"), Sql.instant(rs, "session_created_at"),
                            Sql.instant(rs, "last_seen_at"));
                },
                (user, session) -> new SignedIn(session, user));
    }

    /** What the expiry rules need from any session query's row, and the row itself. */
    private record Row<T>(T row, long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    }

    private static final RowMapper<Row<Stored>> STORED_ROW = (rs, ctx) -> {
        Stored r = STORED.map(rs, ctx);
        return new Row<>(r, r.userId(), r.csrfToken(), r.createdAt(), r.lastSeenAt());
    };

    private <R, T> Optional<T> lookup(String token, String sql, RowMapper<Row<R>> mapper,
                                      java.util.function.BiFunction<R, Session, T> result) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        OffsetDateTime now = now();
        return jdbi.withHandle(h -> {
            Optional<Row<R>> row = h.createQuery(sql).bind("t", hash).map(mapper).findOne();
            if (row.isEmpty()) {
                return Optional.<T>empty();
            }
            Instant at = now.toInstant();
            Instant seen = row.get().lastSeenAt();
            if (seen.plus(idle).isBefore(at) || row.get().createdAt().plus(max).isBefore(at)) {
                h.createUpdate("DELETE FROM user_session WHERE token_hash = :t").bind("t", hash).execute();
                return Optional.<T>empty();
            }
            if (seen.plus(touchEvery).isBefore(at)) {
                h.createUpdate("UPDATE user_session SET last_seen_at = :n WHERE token_hash = :t")
                        .bind("n", now).bind("t", hash).execute();
            }
            return Optional.of(result.apply(row.get().row(), new Session(hash, row.get().userId(), row.get().csrfToken())));
        });
    }

    public void delete(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_session WHERE token_hash = :t").bind("t", tokenHash).execute());
    }

    /** Ends every session of a user except {@code keepHash} (e.g. after a password change). */
    public void deleteOthers(long userId, String keepHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_session WHERE user_id = :u AND token_hash <> :k")
                .bind("u", userId).bind("k", keepHash).execute());
    }

    /** Ends every session of a user (an operator's password reset). */
    public void deleteAll(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_session WHERE user_id = :u").bind("u", userId).execute());
    }

    public String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
