package dev.staffdrill.importer;

import dev.staffdrill.Main;
import dev.staffdrill.content.Probe;
import dev.staffdrill.content.Question;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A mock drill over an imported chapter pushes back with a probe the importer built from the file. */
class ImportedProbeThreadHttpTest {
    @TempDir
    static Path contentRoot;

    @RegisterExtension
    final RunningApp server = RunningApp.withContent(TestContent.folder(contentRoot.resolve("c" + System.nanoTime())))
            .lazily();

    @Test
    void anImportedItemsProbeIsAskedAfterTheAnswer() {
        // Imported with the CLI into the database the app then opens, as an operator would.
        List<String> args = new ArrayList<>(List.of("import", "--data-dir", server.dir().resolve("data").toString(),
                "--content-dir", contentDir().toString()));
        args.addAll(TestDatabase.flags(server.dir().resolve("data")));
        args.add("src/test/resources/importer/" + ImportProbesTest.DOC);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), Map.of(), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("probes attached, 1 interviewer bullet skipped (no guidance)");

        server.start();
        TestClient c = server.client().signUp("imp@example.com", "correct horse battery");
        var started = c.post("/drills", "mode", "MOCK", "chapter", "21", "count", "1", "probes", "1");
        assertThat(started.status()).isEqualTo(303);
        String attempt = c.get(started.location()).location();
        long id = Long.parseLong(attempt.substring(attempt.lastIndexOf('/') + 1));
        String questionId = server.query(String.class, "SELECT question_id FROM attempt WHERE id = ?", id);
        Question q = server.app().content().bank().question(questionId).orElseThrow();
        assertThat(q.id()).startsWith("imp-21-");
        assertThat(q.probes()).hasSizeGreaterThanOrEqualTo(3);

        c.get(attempt);
        var submitted = c.post(attempt + "/submit", "answer",
                "Keep a token bucket per tenant in the edge node and sync counts every second.");
        assertThat(submitted.location()).isEqualTo(attempt + "/thread");

        String ask = server.query(String.class, "SELECT ask FROM probe_turn WHERE attempt_id = ? AND turn = 1", id);
        assertThat(q.probes()).extracting(Probe::ask).contains(ask);
        var thread = c.get(attempt + "/thread");
        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.body()).contains(html(ask.substring(0, Math.min(40, ask.length()))));
    }

    private Path contentDir() {
        return server.app().config().contentDir();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }
}
