package dev.staffdrill.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading and showing form values the cohort pages share. Dates are UTC, and say so on the page. */
public final class Forms {
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Forms() {
    }

    /** A required single-line text field, stripped, at most {@code max} characters. */
    public static String text(Context ctx, String name, String label, int max) {
        String v = ctx.formParam(name);
        v = v == null ? "" : v.strip();
        if (v.isEmpty()) {
            throw new BadRequestResponse(label + " is required.");
        }
        if (v.length() > max) {
            throw new BadRequestResponse(label + " is longer than " + max + " characters.");
        }
        return v;
    }

    public static String optional(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    /** A datetime-local value (yyyy-MM-ddTHH:mm), read as UTC; empty means none. */
    public static Instant utc(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("The due date must look like 2026-12-01T18:00 (UTC).");
        }
    }

    public static Integer minutes(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int m = Integer.parseInt(value.strip());
            if (m < 1 || m > 180) {
                throw new NumberFormatException();
            }
            return m;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("The time limit must be a whole number of minutes from 1 to 180.");
        }
    }

    public static String when(Instant i) {
        return i == null ? "" : SHOWN.format(i);
    }
}
