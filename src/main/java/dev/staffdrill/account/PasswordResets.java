package dev.staffdrill.account;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One-time password reset links. An admin issues one for a user; the link carries a random token
 * that is shown once and stored only as its SHA-256. A link works once, for {@link #VALID_FOR}, and
 * issuing a new one for the same user voids any earlier one.
 */
public final class PasswordResets {
    static final Duration VALID_FOR = Duration.ofHours(24);
    private final Jdbi jdbi;
    private final Sessions sessions; // for its token generator and hash
    private final Clock clock;

    public PasswordResets(Jdbi jdbi, Sessions sessions, Clock clock) {
        this.jdbi = jdbi;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Issues a link token for {@code userId}; returns the token itself, which is never stored. */
    public String issue(long userId, long issuedBy) {
        String token = sessions.randomToken();
        OffsetDateTime now = now();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM password_reset WHERE user_id = :u").bind("u", userId).execute();
            h.createUpdate("INSERT INTO password_reset (token_hash, user_id, issued_by, issued_at, expires_at) "
                            + "VALUES (:t, :u, :by, :now, :exp)")
                    .bind("t", Sessions.sha256(token)).bind("u", userId).bind("by", issuedBy).bind("now", now)
                    .bind("exp", now.plus(VALID_FOR)).execute();
        });
        return token;
    }

    /** The user a token resets, if the token is known, unused and not expired. */
    public Optional<Long> userFor(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM password_reset WHERE token_hash = :t "
                        + "AND used_at IS NULL AND expires_at > :now")
                .bind("t", Sessions.sha256(token)).bind("now", now()).mapTo(Long.class).findOne());
    }

    /**
     * Uses the token up, atomically: of two requests racing with the same link, only one gets the
     * user back. Sets the new hash and ends every session of that user in the same transaction.
     */
    public Optional<Long> redeem(String token, String newPasswordHash) {
        Optional<Long> user = userFor(token);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return jdbi.inTransaction(h -> {
            int used = h.createUpdate("UPDATE password_reset SET used_at = :now WHERE token_hash = :t "
                            + "AND used_at IS NULL AND expires_at > :now")
                    .bind("t", Sessions.sha256(token)).bind("now", now).execute();
            if (used != 1) {
                return Optional.<Long>empty();
            }
            h.createUpdate("UPDATE app_user SET password_hash = :h WHERE id = :u")
                    .bind("h", newPasswordHash).bind("u", user.get()).execute();
            h.createUpdate("DELETE FROM user_session WHERE user_id = :u").bind("u", user.get()).execute();
            return user;
        });
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
