package dev.staffdrill.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every repository shares: timestamps (UTC in, Instant out; also registered as Jdbi's Instant
 * column mapper, so records with Instant fields map directly) and comma-separated lists (how
 * dimensions, flags and question ids are stored in one column).
 */
public final class Sql {
    private Sql() {
    }

    public static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A stored comma-separated list: null or blank is empty, items are stripped, empty items dropped. */
    public static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The stored form of a list, read back by {@link #list(String)}. */
    public static String list(Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
