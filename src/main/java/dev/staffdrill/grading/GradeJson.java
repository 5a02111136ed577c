package dev.staffdrill.grading;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON form of grades: what the database stores, the cache keeps and `grade --json` prints. */
public final class GradeJson {
    private GradeJson() {
    }

    /** A new mapper for grades: ISO timestamps, and tolerant of fields added by a later version. */
    public static ObjectMapper mapper() {
        return dev.staffdrill.web.Json.mapper(); // the one JSON set-up
    }
}
