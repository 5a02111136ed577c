package dev.staffdrill.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading and showing form values the cohort pages share. Dates shown here are UTC, and say so. */
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

    /** What a datetime-local field sends: a four-digit year, no sign (ISO also reads -999999999-01-01). */
    private static final java.util.regex.Pattern LOCAL_DATE_TIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /**
     * A datetime-local value (yyyy-MM-ddTHH:mm), read as UTC; empty means none. Years outside
     * 2000–2100 are refused: far-off ones do not fit every database's timestamps and came back as
     * other dates.
     */
    public static Instant utc(String value) {
        return local(value, ZoneOffset.UTC);
    }

    /**
     * A datetime-local value read as wall-clock time in {@code zone} (the instructor's), as an
     * instant; empty means none. A time skipped by a daylight-saving change moves forward by the gap.
     */
    public static Instant local(String value, java.time.ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        String problem = "The due date must look like 2026-12-01T18:00, in the years " + FIRST_YEAR + " to "
                + LAST_YEAR + ".";
        if (!LOCAL_DATE_TIME.matcher(v).matches()) {
            throw new BadRequestResponse(problem);
        }
        try {
            LocalDateTime t = LocalDateTime.parse(v);
            if (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR) {
                throw new BadRequestResponse(problem);
            }
            return t.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(problem);
        }
    }

    public static Integer minutes(String value) {
        return wholeNumber(value, 1, 180, "The time limit must be a whole number of minutes from 1 to 180.");
    }

    /**
     * The one bounded-number reader for forms and query strings: empty means none (null); anything
     * but a whole number from {@code min} to {@code max} is refused with {@code problem}, a 400 that
     * changes nothing.
     */
    public static Integer wholeNumber(String value, int min, int max, String problem) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadRequestResponse(problem);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(problem);
        }
    }

    public static String when(Instant i) {
        return i == null ? "" : SHOWN.format(i);
    }
}
