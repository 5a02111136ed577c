package dev.staffdrill.importer;

import dev.staffdrill.content.Probe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chapter's interviewer bullets (PART 16 "how interviewers probe" and the interviewer
 * follow-ups) into pushback probes for the chapter's other items. A bullet becomes a probe only
 * where the shape allows: it has a question and the guidance the file gives after it is what a
 * Strong reply shows. A bullet without guidance is skipped, never given invented guidance. Pure and
 * deterministic: the same file always yields the same probes in the same order.
 */
final class ImportProbes {
    /** Longest ask kept: the thread stores the probe as asked (at most 4,000 characters). */
    static final int MAX_ASK = 1000;
    static final int MAX_STRONG = 800;
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    /** A bullet that can be a probe: its item, the probe it makes, and its words for relevance. */
    private record Bullet(int order, String itemId, String askKey, Probe probe, String dimension, Set<String> words) {
    }

    private ImportProbes() {
    }

    /** Whether an item is an interviewer bullet, the raw material of probes. */
    static boolean isBullet(ImportedItem i) {
        return i.section().questionsWithGuidance();
    }

    /** Every item with up to {@link Probe#MAX_PER_QUESTION} probes from the same file's bullets (never its own). */
    static List<ImportedItem> attach(List<ImportedItem> items) {
        List<Bullet> bullets = new ArrayList<>();
        for (ImportedItem i : items) {
            if (isBullet(i) && !i.guidance().isBlank()) {
                String ask = cut(ItemText.unquote(ItemText.plain(i.prompt())), MAX_ASK);
                String strong = cut(ItemText.plain(LIST_MARKER.matcher(i.guidance()).replaceAll("")), MAX_STRONG);
                ProbeSignals.Signal s = ProbeSignals.infer(ask, strong);
                bullets.add(new Bullet(bullets.size(), i.id(), key(ask), new Probe(s.id(), Probe.When.MISSING, List.of(), ask, strong),
                        s.dimension(), words(ask + " " + strong)));
            }
        }
        List<ImportedItem> out = new ArrayList<>();
        for (ImportedItem i : items) {
            out.add(i.withProbes(choose(i, bullets)));
        }
        return List.copyOf(out);
    }

    /**
     * Bullets aimed at the item's own dimensions first, then those sharing most words with it, then
     * the file's order; one probe per signal, since a thread probes a signal once.
     */
    private static List<Probe> choose(ImportedItem item, List<Bullet> bullets) {
        Set<String> own = words(item.title() + " " + item.prompt());
        String ownKey = key(ItemText.unquote(ItemText.plain(item.prompt())));
        List<Bullet> ranked = bullets.stream()
                .filter(b -> !b.itemId().equals(item.id()) && !b.askKey().equals(ownKey))
                .sorted(Comparator.comparing((Bullet b) -> !item.dimensions().contains(b.dimension()))
                        .thenComparing(b -> -shared(own, b.words()))
                        .thenComparingInt(Bullet::order))
                .toList();
        List<Probe> chosen = new ArrayList<>();
        Set<String> signals = new HashSet<>();
        for (Bullet b : ranked) {
            if (chosen.size() == Probe.MAX_PER_QUESTION) {
                break;
            }
            if (signals.add(b.probe().signal())) {
                chosen.add(b.probe());
            }
        }
        return List.copyOf(chosen);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : b) {
            if (a.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(ItemText.plain(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The same question asked twice in a file (in PART 16 and as a follow-up) is still the item's own. */
    private static String key(String ask) {
        return ask.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int sp = s.lastIndexOf(' ', max - 1);
        return s.substring(0, sp > max / 2 ? sp : max - 1).strip() + "…";
    }
}
