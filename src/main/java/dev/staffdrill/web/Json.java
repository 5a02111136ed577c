package dev.staffdrill.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON set-up: responses, exports, stored grades and the CLI's --json all read and write
 * the same way. Timestamps as ISO text; unknown fields are ignored on reading, so a grade stored by
 * a later version (or a newer export) still loads.
 */
public final class Json {
    private Json() {
    }

    /** A new mapper (each is thread-safe once built; App builds one and hands it out). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
