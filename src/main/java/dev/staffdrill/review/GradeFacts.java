package dev.staffdrill.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.content.Level;
import dev.staffdrill.db.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cohort views need from one stored grade: grader kind, flags, the automatic level per
 * dimension, and the signals found missing per dimension (kept only in the grade's JSON).
 */
record GradeFacts(String grader, List<String> flags, Map<String, Level> levels, Map<String, List<String>> missing) {

    static List<String> flags(String csv) {
        return Sql.list(csv);
    }

    /** Missing signals per dimension; a grade whose JSON cannot be read counts as "nothing missing", never an error page. */
    static Map<String, List<String>> missingSignals(ObjectMapper json, String resultJson) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            for (JsonNode d : json.readTree(resultJson).path("dimensions")) {
                List<String> missing = new ArrayList<>();
                d.path("signalsMissing").forEach(s -> missing.add(s.asText().intern()));
                out.put(d.path("dimension").asText(), List.copyOf(missing));
            }
        } catch (Exception e) {
            return Map.of();
        }
        return out;
    }
}
