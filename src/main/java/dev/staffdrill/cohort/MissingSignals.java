package dev.staffdrill.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals each grade found missing, per dimension, read from the stored grade JSON (grading
 * keeps them nowhere else). A grade never changes once written (a regrade adds a new one), so
 * the parsed result is cached by grade id: a cohort view parses each grade once, not per render.
 */
final class MissingSignals {
    private static final int MAX_ENTRIES = 200_000;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, Map<String, List<String>>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, List<String>>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized Map<String, List<String>> cached(long gradeId) {
        return cache.get(gradeId);
    }

    /** Parses and caches; a grade whose JSON cannot be read counts as "nothing missing", never an error page. */
    Map<String, List<String>> parse(long gradeId, String resultJson) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            for (JsonNode d : json.readTree(resultJson).path("dimensions")) {
                List<String> missing = new ArrayList<>();
                d.path("signalsMissing").forEach(s -> missing.add(s.asText().intern()));
                out.put(d.path("dimension").asText(), List.copyOf(missing));
            }
        } catch (Exception e) {
            out = Map.of();
        }
        synchronized (this) {
            cache.put(gradeId, out);
        }
        return out;
    }
}
