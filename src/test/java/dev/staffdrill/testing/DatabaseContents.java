package dev.staffdrill.testing;

import dev.staffdrill.App;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Every row of every app table as comparable text, so a copy or a restore can be compared with its
 * original across H2 and PostgreSQL: names lower-cased, instants in UTC, numbers without type or
 * trailing zeros, bytes in hex, rows sorted.
 */
public final class DatabaseContents {
    private DatabaseContents() {
    }

    public static Map<String, List<String>> of(DataSource ds) {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM")) && !name.equals("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    var md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String type = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
                            Object v = type.contains("time zone") || type.equals("timestamptz")
                                    ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i);
                            row.append(md.getColumnName(i).toLowerCase(Locale.ROOT)).append('=').append(text(v)).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String text(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant().toString();
        }
        if (v instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** Signs up two people, and gives one a graded, self-rated answer and a draft: rows in most tables. */
    public static void typicalUse(App app) throws InterruptedException {
        TestClient ada = new TestClient(TestApp.url(app)).signUp("ada@example.com", "correct horse battery");
        new TestClient(TestApp.url(app)).signUp("bob@example.com", "bob's long pass phrase");
        TestClient stranger = new TestClient(TestApp.url(app));
        stranger.get("/login");
        stranger.post("/login", "username", "bob@example.com", "password", "wrong guess");
        var started = ada.post("/drills", "mode", "MOCK", "chapter", "14", "count", "2");
        String first = ada.get(started.location()).location();
        ada.get(first);
        ada.post(first + "/draft", "answer", "a draft with 'quotes', \"double\", ünïcödé and a\nnewline");
        ada.post(first + "/submit", "answer", "Hedge reads after p95; eject a replica at 3x median; 20% of reads stall.");
        long attempt = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (TestApp.query(app, Long.class, "SELECT COUNT(*) FROM grade WHERE attempt_id = ?", attempt) == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no grade within 30 s");
            }
            Thread.sleep(100);
        }
        String second = ada.get(started.location()).location();
        ada.get(second);
        ada.post(second + "/draft", "answer", "second question, still a draft");
    }
}
