package dev.staffdrill.account;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users and their password hashes. */
public final class UserRepository {
    private static final String COLUMNS = "id, username, display_name, role, time_multiplier, created_at";
    private final Jdbi jdbi;

    public UserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static final RowMapper<User> USER = ConstructorMapper.of(User.class);

    public Optional<User> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .bind("id", id).map(USER).findOne());
    }

    public Optional<User> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :u")
                .bind("u", username).map(USER).findOne());
    }

    public Optional<String> passwordHash(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM app_user WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /**
     * Creates a user; the very first user on an empty database becomes admin. The count and the
     * insert run in one serializable transaction so two racing sign-ups cannot both become admin.
     */
    public User create(String username, String displayName, String passwordHash, Role requested, Instant now) {
        return jdbi.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.SERIALIZABLE, h -> {
            long count = h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one();
            Role role = count == 0 && passwordHash != null ? Role.ADMIN : requested;
            long id = h.createUpdate("INSERT INTO app_user (username, display_name, password_hash, role, created_at) "
                            + "VALUES (:u, :d, :p, :r, :t)")
                    .bind("u", username).bind("d", displayName).bind("p", passwordHash).bind("r", role.name())
                    .bind("t", now.atOffset(java.time.ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new User(id, username, displayName, role, BigDecimal.ONE, now);
        });
    }

    public void setPasswordHash(long id, String hash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET password_hash = :p WHERE id = :id")
                .bind("p", hash).bind("id", id).execute());
    }

    public void setRole(long id, Role role) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET role = :r WHERE id = :id")
                .bind("r", role.name()).bind("id", id).execute());
    }

    public void setTimeMultiplier(long id, BigDecimal multiplier) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE app_user SET time_multiplier = :m WHERE id = :id")
                .bind("m", multiplier).bind("id", id).execute());
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY id")
                .map(USER).list());
    }

    /** Deletes the user; foreign keys cascade to sessions, drills, attempts and grades. */
    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM app_user WHERE id = :id").bind("id", id).execute());
    }
}
