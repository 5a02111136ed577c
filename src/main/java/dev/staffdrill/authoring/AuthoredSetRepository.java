package dev.staffdrill.authoring;

import dev.staffdrill.content.ExerciseSet;
import dev.staffdrill.db.Sql;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.staffdrill.db.Sql.ts;

/**
 * Sets an instructor builds from hand-picked questions. Their public id is {@code custom-<n>},
 * which cannot clash with content/ set ids (those are slugs from files, never this shape).
 */
public final class AuthoredSetRepository {
    static final String PREFIX = "custom-";
    private final Jdbi jdbi;

    public AuthoredSetRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static AuthoredSet map(ResultSet rs) throws SQLException {
        List<String> ids = Sql.list(rs.getString("question_ids"));
        return new AuthoredSet(rs.getLong("owner_id"), new ExerciseSet(PREFIX + rs.getLong("id"), rs.getString("title"),
                "Built by an instructor from " + ids.size() + " hand-picked questions.", ids));
    }

    public String create(long ownerId, String title, List<String> questionIds, Instant now) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO authored_set (owner_id, title, question_ids, created_at) "
                        + "VALUES (:o, :t, :q, :now)")
                .bind("o", ownerId).bind("t", title).bind("q", Sql.list(questionIds)).bind("now", ts(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return PREFIX + id;
    }

    public Optional<AuthoredSet> find(String setId) {
        if (setId == null || !setId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(setId.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM authored_set WHERE id = :id")
                .bind("id", id).map((rs, c) -> map(rs)).findOne());
    }

    public List<ExerciseSet> ownedBy(long ownerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM authored_set WHERE owner_id = :o ORDER BY id DESC")
                .bind("o", ownerId).map((rs, c) -> map(rs).set()).list());
    }
}
