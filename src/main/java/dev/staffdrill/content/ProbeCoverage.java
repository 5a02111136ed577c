package dev.staffdrill.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank's rule for follow-up chains: every follow-up and exercise carries at least
 * {@link #MIN_PROBES} probes, so a drill can push back twice and still choose. Checked by
 * {@code validate}, not at start-up: a folder under construction (or a test's) still serves.
 */
public final class ProbeCoverage {
    public static final int MIN_PROBES = 3;

    private ProbeCoverage() {
    }

    /** One {@code file:line: what} per item short of probes; empty when the bank is complete. */
    public static List<String> shortfalls(ContentBank bank, Path root) {
        Path base = root.toAbsolutePath().normalize().getParent();
        List<String> out = new ArrayList<>();
        for (Question q : bank.questions()) {
            int n = q.probes().size();
            if (n < MIN_PROBES) {
                out.add(q.source() + ":" + line(base.resolve(q.source())) + ": probes: " + n + " of the " + MIN_PROBES
                        + " every follow-up and exercise needs (add " + (MIN_PROBES - n) + "; see content/README.md)");
            }
        }
        return out;
    }

    /** The line of {@code probes:}, else of {@code id:}: where the author should look. */
    private static int line(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int id = 1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("probes:")) {
                    return i + 1;
                }
                if (lines.get(i).startsWith("id:") && id == 1) {
                    id = i + 1;
                }
            }
            return id;
        } catch (IOException e) {
            return 1;
        }
    }
}
