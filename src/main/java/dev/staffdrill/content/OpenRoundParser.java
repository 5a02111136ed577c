package dev.staffdrill.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question's {@code open:} block (an open design round) and reports every problem as
 * {@code file:line: what}, on the line of the offending field where there is one. Items without
 * the block have no open round; a block that is there must be complete, since a half-written round
 * would either leak its numbers or leave nothing to ask for.
 */
final class OpenRoundParser {
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "brief", "facts"));
    private static final Set<String> FACT_KEYS = new LinkedHashSet<>(List.of("id", "label", "value", "first"));
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /**
     * A number standing on its own ("40K", "$2M", "3 regions", "10×"), not one inside a name ("p99",
     * "S3", "L6", "IPv4"): the brief must leave every figure to the facts.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\$?\\d[\\d.,]*[KMBT%×x]?");

    private final FrontMatterFile f;

    private OpenRoundParser(FrontMatterFile f) {
        this.f = f;
    }

    static OpenRound parse(FrontMatterFile f) {
        return new OpenRoundParser(f).round();
    }

    private OpenRound round() {
        JsonNode n = f.meta.get("open");
        if (n == null || n.isNull()) {
            return OpenRound.NONE;
        }
        if (!n.isObject()) {
            f.problem("open", "'open' must be a mapping with 'brief:' (the prompt without its numbers) and 'facts:'");
            return OpenRound.NONE;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                f.problemAt(f.lineContaining(f.lineOf("open"), key + ":"), "open: unknown key '" + key
                        + "' (expected " + String.join(", ", KEYS) + ")");
            }
        }
        Optional<String> title = withoutNumbers(n.get("title"), "title",
                "the round's title, without numbers (the item's own title may give some away)");
        if (title.isPresent() && title.get().length() > OpenRound.MAX_TITLE) {
            f.problemAt(keyLine("title"), "open: the title is " + title.get().length() + " characters; keep it to "
                    + OpenRound.MAX_TITLE);
            title = Optional.empty();
        }
        Optional<String> brief = withoutNumbers(n.get("brief"), "brief",
                "the prompt as the interviewer opens it, without the numbers");
        List<OpenRound.Fact> facts = facts(n.get("facts"));
        return title.isPresent() && brief.isPresent() && !facts.isEmpty()
                ? new OpenRound(title.get(), brief.get(), facts) : OpenRound.NONE;
    }

    private Optional<String> withoutNumbers(JsonNode b, String key, String what) {
        if (b == null || !b.isValueNode() || b.isNull() || b.asText().isBlank()) {
            f.problemAt(b == null ? f.lineOf("open") : keyLine(key), "open: '" + key + "' is required: " + what);
            return Optional.empty();
        }
        String text = b.asText().strip();
        Matcher m = NUMBER.matcher(text);
        if (m.find()) {
            f.problemAt(f.lineContaining(keyLine(key), m.group()), "open: the " + key + " gives a number ('"
                    + m.group() + "'): an open round withholds every figure; put it in a fact");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The line of {@code key:} inside the open block (the item has a top-level title: too). */
    private int keyLine(String key) {
        return f.lineContaining(f.lineOf("open"), key + ":");
    }

    private List<OpenRound.Fact> facts(JsonNode n) {
        if (n == null || !n.isArray()) {
            f.problemAt(n == null ? f.lineOf("open") : f.lineOf("facts"),
                    "open: 'facts' is required: a list of {id, label, value, first} entries");
            return List.of();
        }
        int count = n.size();
        if (count < OpenRound.MIN_FACTS || count > OpenRound.MAX_FACTS) {
            f.problemAt(f.lineOf("facts"), "open: a round holds " + OpenRound.MIN_FACTS + " to "
                    + OpenRound.MAX_FACTS + " facts, got " + count);
        }
        List<OpenRound.Fact> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        boolean ok = true;
        int k = 0;
        for (JsonNode p : n) {
            k++;
            Optional<OpenRound.Fact> fact = fact(k, p);
            if (fact.isEmpty()) {
                ok = false;
                continue;
            }
            if (!ids.add(fact.get().id())) {
                problem(k, "id", "id '" + fact.get().id() + "' is used twice in this round");
                ok = false;
            }
            if (!labels.add(fact.get().label().toLowerCase(java.util.Locale.ROOT))) {
                problem(k, "label", "label '" + fact.get().label() + "' is used twice in this round");
                ok = false;
            }
            out.add(fact.get());
        }
        long first = out.stream().filter(OpenRound.Fact::askFirst).count();
        if (ok && (first < OpenRound.MIN_ASK_FIRST || first > OpenRound.MAX_ASK_FIRST)) {
            f.problemAt(f.lineOf("facts"), "open: mark " + OpenRound.MIN_ASK_FIRST + " to " + OpenRound.MAX_ASK_FIRST
                    + " facts 'first: true' (what a Staff candidate asks before designing), got " + first);
            ok = false;
        }
        return ok && count >= OpenRound.MIN_FACTS && count <= OpenRound.MAX_FACTS ? List.copyOf(out) : List.of();
    }

    private Optional<OpenRound.Fact> fact(int k, JsonNode p) {
        if (!p.isObject()) {
            problem(k, null, "must be a mapping with id, label and value (and 'first: true' for an ask-first fact)");
            return Optional.empty();
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FACT_KEYS.contains(key)) {
                problem(k, key, "unknown key '" + key + "' (expected one of " + String.join(", ", FACT_KEYS) + ")");
            }
        }
        boolean ok = true;
        String id = scalar(p, "id");
        if (!ID.matcher(id).matches()) {
            problem(k, "id", id.isEmpty() ? "'id' is required: lowercase letters, digits and dashes, like traffic"
                    : "id '" + id + "' must be lowercase letters, digits and dashes");
            ok = false;
        }
        String label = scalar(p, "label");
        if (label.isEmpty() || label.length() > OpenRound.MAX_LABEL) {
            problem(k, "label", label.isEmpty() ? "'label' is required: what the learner asks for, like Traffic"
                    : "label is " + label.length() + " characters; keep it to " + OpenRound.MAX_LABEL);
            ok = false;
        }
        String value = scalar(p, "value");
        if (value.isEmpty()) {
            problem(k, "value", "'value' is required: what the interviewer answers, with its numbers");
            ok = false;
        }
        JsonNode first = p.get("first");
        if (first != null && !first.isBoolean()) {
            problem(k, "first", "'first' must be true or false");
            ok = false;
        }
        return ok ? Optional.of(new OpenRound.Fact(id, label, value, first != null && first.booleanValue()))
                : Optional.empty();
    }

    private static String scalar(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || !v.isValueNode() || v.isNull() ? "" : v.asText().strip();
    }

    private void problem(int k, String field, String what) {
        int line = field == null ? f.lineOfItem("facts", k) : f.lineOfItemField("facts", k, field);
        f.problemAt(line, "fact " + k + ": " + what);
    }
}
