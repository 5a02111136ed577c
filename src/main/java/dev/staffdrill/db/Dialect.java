package dev.staffdrill.db;

import com.zaxxer.hikari.HikariConfig;

import java.util.Locale;

/**
 * Everything that differs between the two supported databases, H2 2.x and PostgreSQL 15+, in one
 * place. The migrations and every query are portable SQL and do not go through here; what does is
 * connection tuning, the durability setting, how a table's identity counter is moved past copied
 * rows, and how the database names its schema.
 */
public enum Dialect {
    H2 {
        @Override
        void tune(HikariConfig hc) {
            // H2 keeps only 8 prepared statements per connection by default; a page running more
            // distinct queries re-plans them on every request (the cohort view spent 80 of 100 ms there).
            hc.addDataSourceProperty("QUERY_CACHE_SIZE", "64");
        }

        @Override
        public String restartIdentity(String table, String column, long next) {
            return "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next;
        }
    },
    POSTGRESQL {
        @Override
        void tune(HikariConfig hc) {
            // A commit returns only once it is on disk, even if the server or database default says
            // otherwise: an accepted autosave survives a crash of the server or the machine.
            hc.addDataSourceProperty("options", "-c synchronous_commit=on");
            hc.addDataSourceProperty("ApplicationName", "staff-drill");
        }

        @Override
        public String restartIdentity(String table, String column, long next) {
            // setval(…, n, false): the next value handed out is n itself.
            return "SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)";
        }
    };

    /** The dialect of a JDBC URL; anything else is refused at start-up with the supported list. */
    public static Dialect of(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL " + jdbcUrl
                + ": Staff Drill runs on H2 (jdbc:h2:…) and PostgreSQL 15+ (jdbc:postgresql://HOST:PORT/DB)");
    }

    /** Pool and driver settings for this database. */
    abstract void tune(HikariConfig hc);

    /** SQL that makes the identity column hand out {@code next} and above, after rows were copied in with their ids. */
    public abstract String restartIdentity(String table, String column, long next);

    /** Both keep application tables in the default schema; H2 spells it PUBLIC, PostgreSQL public. */
    public boolean isAppSchema(String schema) {
        return "public".equalsIgnoreCase(schema);
    }
}
