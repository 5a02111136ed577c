package dev.staffdrill.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The database switch for the test tiers, in one place. Without {@code -Dstaffdrill.test.postgres}
 * every test app gets an H2 file under its data dir (the default). With
 * {@code -Dstaffdrill.test.postgres=jdbc:postgresql://localhost:PORT/postgres?user=postgres} (what
 * {@code .ci/run} passes for its throwaway cluster) each data dir gets its own fresh PostgreSQL
 * database instead, named after the dir: an app restarted on the same data dir finds its data again,
 * exactly as with H2.
 */
public final class TestDatabase {
    public static final String PROPERTY = "staffdrill.test.postgres";

    private TestDatabase() {
    }

    /** The admin URL of the PostgreSQL cluster to test on, when this run tests PostgreSQL. */
    public static Optional<String> postgres() {
        String url = System.getProperty(PROPERTY, "").trim();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    public static boolean onPostgres() {
        return postgres().isPresent();
    }

    /** The flags that point an app on {@code dataDir} at this run's database (none for H2). */
    public static List<String> flags(Path dataDir) {
        return postgres().map(admin -> List.of("--jdbc-url", database(admin, nameFor(dataDir)),
                "--db-user", user(admin))).orElse(List.of());
    }

    /** A new empty PostgreSQL database on the test cluster; its JDBC URL (without the user). */
    public static String freshPostgres(String name) {
        String admin = postgres().orElseThrow(() -> new IllegalStateException(PROPERTY + " is not set"));
        return database(admin, name);
    }

    public static String user(String adminUrl) {
        int q = adminUrl.indexOf("user=");
        if (q < 0) {
            return "postgres";
        }
        String rest = adminUrl.substring(q + 5);
        int amp = rest.indexOf('&');
        return amp < 0 ? rest : rest.substring(0, amp);
    }

    static String nameFor(Path dataDir) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "sd_" + HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates the database unless it exists; returns its URL with the admin URL's user stripped. */
    private static synchronized String database(String adminUrl, String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection c = DriverManager.getConnection(adminUrl)) {
            boolean exists;
            try (var ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                exists = ps.executeQuery().next();
            }
            if (!exists) {
                try (var st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + adminUrl, e);
        }
        String base = adminUrl.contains("?") ? adminUrl.substring(0, adminUrl.indexOf('?')) : adminUrl;
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }
}
