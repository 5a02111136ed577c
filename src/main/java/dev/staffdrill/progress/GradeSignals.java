package dev.staffdrill.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the signals a stored grade found, per dimension, from its JSON
 * ({@code dimensions[].dimension} and {@code dimensions[].signalsFound}). Reading the tree rather
 * than the grading classes keeps progress independent of how grading models the rest.
 */
final class GradeSignals {
    private final ObjectMapper json;

    GradeSignals(ObjectMapper json) {
        this.json = json;
    }

    /** dimension → signal ids found; empty for JSON that cannot be read (a grade is never worth a 500). */
    Map<String, Set<String>> found(String resultJson) {
        Map<String, Set<String>> out = new HashMap<>();
        try {
            JsonNode dims = json.readTree(resultJson).path("dimensions");
            for (JsonNode d : dims) {
                Set<String> found = new LinkedHashSet<>();
                d.path("signalsFound").forEach(s -> found.add(s.asText()));
                out.put(d.path("dimension").asText(), found);
            }
        } catch (JsonProcessingException e) {
            return Map.of();
        }
        return out;
    }
}
