package dev.staffdrill.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies every row of one Staff Drill database into another, empty one with the same schema (both
 * opened, so both migrated by this build): H2 to PostgreSQL when a cohort outgrows one machine, or
 * back. The source is read in one repeatable-read snapshot; the target is written in one transaction
 * and its row counts are checked against the source's before the commit, so a failure anywhere
 * leaves the target as empty as it was.
 */
public final class DatabaseCopy {
    /** Flyway's own table: the target has its own, written when it was migrated. */
    private static final String FLYWAY = "flyway_schema_history";
    /** Tables a migration seeds with a row; the target's seed is replaced by the source's rows. */
    private static final Set<String> SEEDED = Set.of("content_generation");

    public record TableCount(String table, long source, long target) {
    }

    public static final class CopyException extends RuntimeException {
        public CopyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Database from;
    private final Database to;
    private final Consumer<String> afterTable;

    /** {@code afterTable} runs after each table is written (before the commit); tests make it fail. */
    public DatabaseCopy(Database from, Database to, Consumer<String> afterTable) {
        this.from = from;
        this.to = to;
        this.afterTable = afterTable;
    }

    public DatabaseCopy(Database from, Database to) {
        this(from, to, t -> { });
    }

    /** The app's tables, parents before the tables that reference them. */
    static List<String> tables(Connection c, Dialect dialect) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<String, String> actual = new LinkedHashMap<>(); // lower-case name -> name as the database spells it
        String schema = null;
        try (ResultSet rs = md.getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                if (dialect.isAppSchema(rs.getString("TABLE_SCHEM"))) {
                    schema = rs.getString("TABLE_SCHEM");
                    String name = rs.getString("TABLE_NAME");
                    if (!name.equalsIgnoreCase(FLYWAY)) {
                        actual.put(name.toLowerCase(Locale.ROOT), name);
                    }
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (var e : actual.entrySet()) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, e.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(e.getKey())) {
                        p.add(parent);
                    }
                }
            }
            parents.put(e.getKey(), p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            boolean progress = false;
            for (var e : parents.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
            }
        }
        return ordered;
    }

    /** Copies everything, or nothing; returns the per-table counts (all equal on success). */
    public List<TableCount> copy() {
        try (Connection src = from.dataSource().getConnection(); Connection dst = to.dataSource().getConnection()) {
            src.setAutoCommit(false);
            src.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for every table
            src.setReadOnly(true);
            List<String> tables = tables(src, from.dialect());
            List<String> targetTables = tables(dst, to.dialect());
            if (!new LinkedHashSet<>(targetTables).equals(new LinkedHashSet<>(tables))) {
                throw new CopyException("the target's tables differ from the source's: " + targetTables + " vs " + tables
                        + " (both are migrated by this version, so one of them holds something else)", null);
            }
            for (String t : tables) {
                long n = count(dst, t);
                if (n > 0 && !SEEDED.contains(t)) {
                    throw new CopyException("the target is not empty: " + t + " has " + n + " rows; migrate-db only "
                            + "copies into an empty database", null);
                }
            }
            Map<String, Long> sourceCounts = new LinkedHashMap<>();
            for (String t : tables) {
                sourceCounts.put(t, count(src, t));
            }
            // Identity counters first: on H2 this is DDL, which commits, so it must come before the rows.
            // Moving an empty table's counter is harmless if the copy then fails.
            for (String t : tables) {
                for (String col : identityColumns(dst, t)) {
                    long max = maxOf(src, t, col);
                    try (Statement st = dst.createStatement()) {
                        st.execute(to.dialect().restartIdentity(t, col, max + 1));
                    }
                }
            }
            dst.setAutoCommit(false);
            List<TableCount> counts = new ArrayList<>();
            try {
                for (String t : tables) {
                    if (SEEDED.contains(t)) {
                        try (Statement st = dst.createStatement()) {
                            st.executeUpdate("DELETE FROM " + t);
                        }
                    }
                    copyTable(src, dst, t);
                    afterTable.accept(t);
                    counts.add(new TableCount(t, sourceCounts.get(t), count(dst, t)));
                }
                List<TableCount> wrong = counts.stream().filter(c -> c.source() != c.target()).toList();
                if (!wrong.isEmpty()) {
                    throw new CopyException("row counts differ after copying, nothing was kept: " + wrong, null);
                }
                dst.commit();
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            } finally {
                src.rollback();
            }
            return counts;
        } catch (SQLException e) {
            throw new CopyException("copy failed, nothing was kept in the target: " + e.getMessage(), e);
        }
    }

    private static void copyTable(Connection src, Connection dst, String table) throws SQLException {
        try (Statement read = src.createStatement()) {
            read.setFetchSize(500); // PostgreSQL streams with a cursor instead of loading the table
            try (ResultSet rs = read.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> cols = new ArrayList<>();
                boolean[] zoned = new boolean[n + 1];
                for (int i = 1; i <= n; i++) {
                    cols.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
                    String type = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
                    zoned[i] = md.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE || type.equals("timestamptz")
                            || type.contains("with time zone");
                }
                int[] targetTypes = targetTypes(dst, table, cols);
                String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                        + String.join(", ", cols.stream().map(c -> "?").toList()) + ")";
                try (PreparedStatement write = dst.prepareStatement(sql)) {
                    int batch = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = zoned[i] ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i);
                            if (v == null) {
                                write.setNull(i, targetTypes[i - 1]);
                            } else {
                                write.setObject(i, v);
                            }
                        }
                        write.addBatch();
                        if (++batch == 500) {
                            write.executeBatch();
                            batch = 0;
                        }
                    }
                    if (batch > 0) {
                        write.executeBatch();
                    }
                }
            }
        }
    }

    private static int[] targetTypes(Connection dst, String table, List<String> cols) throws SQLException {
        try (Statement st = dst.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", cols) + " FROM " + table + " WHERE 1 = 0")) {
            int[] types = new int[cols.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = rs.getMetaData().getColumnType(i + 1);
            }
            return types;
        }
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE LOWER(table_name) = ? AND LOWER(table_schema) = 'public' AND is_identity = 'YES'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long maxOf(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
