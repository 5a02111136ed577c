package dev.staffdrill.grading.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Rubric;

import java.util.List;

/**
 * The JSON Schema of the judge's reply, strict-mode compatible (every property required, no
 * extras). Property order matters to a generating model: the rationale comes before the level.
 * There is no total: the app computes anything derived from the levels.
 */
final class GradeSchema {
    private GradeSchema() {
    }

    static ObjectNode of(List<Rubric.Dimension> targets, ObjectMapper json) {
        ObjectNode evidence = object(json);
        ObjectNode ep = evidence.putObject("properties");
        ArrayNode signalIds = ep.putObject("signal").put("type", "string").putArray("enum");
        targets.forEach(d -> d.signals().forEach(s -> signalIds.add(s.id())));
        ep.putObject("quote").put("type", "string");
        required(evidence, "signal", "quote");

        ObjectNode dim = object(json);
        ObjectNode dp = dim.putObject("properties");
        ArrayNode dimIds = dp.putObject("dimension").put("type", "string").putArray("enum");
        targets.forEach(d -> dimIds.add(d.id()));
        dp.putObject("evidence").put("type", "array").set("items", evidence);
        dp.putObject("signals_missing").put("type", "array").putObject("items").put("type", "string")
                .set("enum", signalIds.deepCopy());
        dp.putObject("rationale").put("type", "string");
        ArrayNode levels = dp.putObject("level").put("type", "string").putArray("enum");
        for (Level l : Level.values()) {
            levels.add(l.name());
        }
        dp.putObject("feedback").put("type", "string");
        required(dim, "dimension", "evidence", "signals_missing", "rationale", "level", "feedback");

        ObjectNode root = object(json);
        ObjectNode rp = root.putObject("properties");
        rp.putObject("dimensions").put("type", "array").set("items", dim);
        rp.putObject("feedback").put("type", "string");
        rp.putObject("injection_suspected").put("type", "boolean");
        rp.putObject("on_topic").put("type", "boolean");
        ObjectNode error = object(json);
        ObjectNode errp = error.putObject("properties");
        errp.putObject("dimension").put("type", "string").set("enum", dimIds.deepCopy());
        errp.putObject("quote").put("type", "string");
        errp.putObject("correction").put("type", "string");
        errp.putObject("core").put("type", "boolean");
        required(error, "dimension", "quote", "correction", "core");
        rp.putObject("technical_errors").put("type", "array").set("items", error);
        required(root, "dimensions", "feedback", "injection_suspected", "on_topic", "technical_errors");
        return root;
    }

    private static ObjectNode object(ObjectMapper json) {
        return json.createObjectNode().put("type", "object");
    }

    private static void required(ObjectNode o, String... names) {
        ArrayNode r = o.putArray("required");
        for (String n : names) {
            r.add(n);
        }
        o.put("additionalProperties", false);
    }
}
