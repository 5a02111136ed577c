package dev.staffdrill.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Backups of the H2 database: H2's {@code SCRIPT TO} writes every table as SQL, gzipped, from one
 * consistent snapshot (it runs in one transaction while the app keeps writing). The file is written
 * beside the target and moved into place when complete, so a half-written backup never has the
 * backup's name.
 *
 * <p>The H2 file belongs to one process at a time. While the server runs, the {@code backup} command
 * cannot open it, so it asks the server: it drops a request file into {@code <data dir>/backup-requests/}
 * and the server, which polls that folder every few seconds ({@link #serveRequests}), writes the
 * backup and an answer file. Whoever can write the data dir could read the database file anyway, so
 * this opens nothing new (unlike H2's AUTO_SERVER mode, which listens on a TCP port).
 */
public final class H2Backup {
    private static final Logger LOG = LoggerFactory.getLogger(H2Backup.class);
    static final String REQUESTS = "backup-requests";

    private H2Backup() {
    }

    /** Writes a consistent gzipped SQL script of the whole database to {@code file}. */
    public static void scriptTo(Connection c, Path file) throws SQLException, IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial-" + UUID.randomUUID());
        try (Statement st = c.createStatement()) {
            st.execute("SCRIPT TO " + literal(partial.toString()) + " COMPRESSION GZIP");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Runs a backup script into an empty H2 database. */
    public static void restore(Connection c, Path file) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM " + literal(file.toAbsolutePath().toString()) + " COMPRESSION GZIP");
        }
    }

    /** Server side: answers backup requests left by the {@code backup} command. */
    public static void serveRequests(Path dataDir, DataSource ds) {
        Path dir = dataDir.resolve(REQUESTS);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(dir, "*.request")) {
            for (Path req : requests) {
                String name = req.getFileName().toString();
                Path answer = dir.resolve(name.substring(0, name.length() - ".request".length()) + ".answer");
                String reply;
                try (Connection c = ds.getConnection()) {
                    Path target = Path.of(Files.readString(req, StandardCharsets.UTF_8).strip());
                    scriptTo(c, target);
                    reply = "OK " + Files.size(target);
                    LOG.info("backup written to {} ({} bytes)", target, Files.size(target));
                } catch (SQLException | IOException | RuntimeException e) {
                    reply = "ERROR " + e.getMessage();
                    LOG.warn("backup request {} failed", req, e);
                }
                Files.writeString(answer, reply, StandardCharsets.UTF_8);
                Files.deleteIfExists(req);
            }
        } catch (IOException e) {
            LOG.warn("reading backup requests in {} failed", dir, e);
        }
    }

    /** Command side: asks the running server for a backup and waits for its answer ("OK bytes" or "ERROR why"). */
    public static String requestFromServer(Path dataDir, Path file, Duration wait) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(dataDir.resolve(REQUESTS));
        String id = UUID.randomUUID().toString();
        Path tmp = dir.resolve(id + ".tmp");
        Files.writeString(tmp, file.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(id + ".request"), StandardCopyOption.ATOMIC_MOVE); // never read half-written
        Path answer = dir.resolve(id + ".answer");
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            if (Files.exists(answer)) {
                Thread.sleep(50); // the server writes the answer in one small write; let it finish
                String reply = Files.readString(answer, StandardCharsets.UTF_8);
                Files.deleteIfExists(answer);
                return reply;
            }
            Thread.sleep(200);
        }
        Files.deleteIfExists(dir.resolve(id + ".request"));
        return "ERROR the server did not answer within " + wait.toSeconds() + " s (is it a Staff Drill server of this "
                + "version, using this data dir?)";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
