package dev.staffdrill.grading.offline;

import dev.staffdrill.grading.GuidancePoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the question's guidance points an answer covers. Each top-level bullet of the guidance
 * is a point; it counts as covered when the answer uses enough of the point's distinctive terms
 * (weighted by how rare they are in the bank, numbers included). A lexical proxy: it tells that the
 * answer talks about the point, not that it gets it right, and the page says so.
 */
final class GuidanceCoverage {
    /** Share of a point's weighted terms the answer must use. */
    static final double COVERED = 0.34;
    static final int LABEL_MAX = 90;

    private GuidanceCoverage() {
    }

    static List<GuidancePoint> of(String guidance, String answer, BankIndex index) {
        List<String> bullets = bullets(guidance);
        if (bullets.isEmpty()) {
            return List.of();
        }
        Set<String> said = new HashSet<>(Terms.of(answer));
        List<GuidancePoint> out = new ArrayList<>();
        for (String b : bullets) {
            double total = 0;
            double hit = 0;
            for (String t : new LinkedHashSet<>(Terms.of(b))) {
                double w = index == null ? 1.0 : index.idf(t);
                total += w;
                if (said.contains(t)) {
                    hit += w;
                }
            }
            out.add(new GuidancePoint(label(b), total > 0 && hit / total >= COVERED));
        }
        return out;
    }

    /** Top-level "- " bullets; indented lines and sub-bullets belong to the bullet above them. */
    static List<String> bullets(String guidance) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : guidance.split("\n")) {
            boolean top = line.startsWith("- ") || line.startsWith("* ");
            if (top) {
                if (cur != null) {
                    out.add(cur.toString().strip());
                }
                cur = new StringBuilder(line.substring(2));
            } else if (cur != null && !line.isBlank()) {
                cur.append(' ').append(line.strip().replaceFirst("^[-*]\\s+", ""));
            }
        }
        if (cur != null) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    /** The point in a few words: its first sentence, cut at a word boundary. */
    static String label(String bullet) {
        String b = bullet.replace("**", "").replace("`", "");
        int end = -1;
        for (int i = 0; i < b.length() - 1; i++) {
            char c = b.charAt(i);
            if ((c == '.' || c == ':') && Character.isWhitespace(b.charAt(i + 1))) {
                end = i;
                break;
            }
        }
        String s = end > 0 ? b.substring(0, end) : b;
        if (s.length() > LABEL_MAX) {
            int cut = s.lastIndexOf(' ', LABEL_MAX - 1);
            s = s.substring(0, cut > 20 ? cut : LABEL_MAX - 1) + "…";
        }
        return s.strip();
    }
}
