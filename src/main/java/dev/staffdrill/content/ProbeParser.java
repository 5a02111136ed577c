package dev.staffdrill.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a question's {@code probes:} list and reports every problem as
 * {@code file:line: probe N: what}, on the line of the offending field where there is one.
 * How many probes an item must have is the bank's test's business, not the loader's: items
 * without probes (older and imported ones) still load.
 */
final class ProbeParser {
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("signal", "when", "cue", "ask", "strong"));

    private final FrontMatterFile f;
    private final Set<String> signals;
    private final List<String> gapIds;

    private ProbeParser(FrontMatterFile f, Set<String> signals, List<String> gapIds) {
        this.f = f;
        this.signals = signals;
        this.gapIds = gapIds;
    }

    /**
     * The probes of {@code f}; {@code signals} are the rubric's signal ids (empty when the rubric
     * itself failed to load, in which case signal ids are not checked) and {@code gapIds} the item's own.
     */
    static List<Probe> parse(FrontMatterFile f, Set<String> signals, List<String> gapIds) {
        return new ProbeParser(f, signals, gapIds).all();
    }

    private List<Probe> all() {
        JsonNode n = f.meta.get("probes");
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            f.problem("probes", "'probes' must be a list of {signal, when, ask, strong} entries (cue: too, for a trap)");
            return List.of();
        }
        if (n.size() > Probe.MAX_PER_QUESTION) {
            f.problemAt(f.lineOfItem("probes", Probe.MAX_PER_QUESTION + 1), "an item has at most "
                    + Probe.MAX_PER_QUESTION + " probes, got " + n.size() + ": keep the sharpest");
        }
        List<Probe> out = new ArrayList<>();
        int k = 0;
        for (JsonNode p : n) {
            probe(++k, p).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private Optional<Probe> probe(int k, JsonNode p) {
        if (!p.isObject()) {
            problem(k, null, "must be a mapping with signal, when, ask and strong");
            return Optional.empty();
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problem(k, key, "unknown key '" + key + "' (expected one of " + String.join(", ", KEYS) + ")");
            }
        }
        boolean ok = true;
        String signal = scalar(p, "signal");
        if (signal.isEmpty()) {
            problem(k, "signal", "'signal' is required: a rubric signal id or one of this item's gap ids");
            ok = false;
        } else if (!gapIds.contains(signal) && !signals.isEmpty() && !signals.contains(signal)) {
            problem(k, "signal", "unknown signal '" + signal + "': use a rubric signal id"
                    + (gapIds.isEmpty() ? "" : " or one of this item's gaps (" + String.join(", ", gapIds) + ")"));
            ok = false;
        }
        String whenText = scalar(p, "when");
        Optional<Probe.When> when = Probe.When.of(whenText);
        if (when.isEmpty()) {
            problem(k, "when", whenText.isEmpty() ? "'when' is required: missing, shallow or trap"
                    : "'when' is '" + whenText + "', expected missing, shallow or trap");
            ok = false;
        }
        List<String> cue = cue(k, p);
        if (when.orElse(null) == Probe.When.TRAP && cue.isEmpty()) {
            problem(k, "when", "a trap probe needs 'cue:', the words in an answer that spring it");
            ok = false;
        } else if (when.isPresent() && when.get() != Probe.When.TRAP && p.has("cue")) {
            problem(k, "cue", "'cue' is only for trap probes; this one is '" + when.get().id() + "'");
            ok = false;
        }
        String ask = scalar(p, "ask");
        if (ask.isEmpty()) {
            problem(k, "ask", "'ask' is required: what the interviewer says next");
            ok = false;
        }
        String strong = scalar(p, "strong");
        if (strong.isEmpty()) {
            problem(k, "strong", "'strong' is required: what a Strong reply to the probe shows");
            ok = false;
        }
        return ok ? Optional.of(new Probe(signal, when.get(), cue, ask, strong)) : Optional.empty();
    }

    /** {@code cue:} as a list of non-blank words or phrases; one bare string counts as a list of one. */
    private List<String> cue(int k, JsonNode p) {
        JsonNode c = p.get("cue");
        List<String> out = new ArrayList<>();
        if (c == null || c.isNull()) {
            return out;
        }
        if (c.isValueNode() && !c.asText().isBlank()) {
            out.add(c.asText().strip());
        } else if (c.isArray()) {
            for (JsonNode w : c) {
                if (!w.isValueNode() || w.asText().isBlank()) {
                    problem(k, "cue", "'cue' must list words or phrases, like [retry, \"retry it\"]");
                    return List.of();
                }
                out.add(w.asText().strip());
            }
        } else {
            problem(k, "cue", "'cue' must list words or phrases, like [retry, \"retry it\"]");
        }
        return out;
    }

    private static String scalar(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || !v.isValueNode() || v.isNull() ? "" : v.asText().strip();
    }

    private void problem(int k, String field, String what) {
        int line = field == null ? f.lineOfItem("probes", k) : f.lineOfItemField("probes", k, field);
        f.problemAt(line, "probe " + k + ": " + what);
    }
}
