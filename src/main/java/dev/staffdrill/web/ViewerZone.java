package dev.staffdrill.web;

import io.javalin.http.Context;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The viewer's time zone, as their browser names it (Intl.DateTimeFormat; app.js keeps it in a
 * cookie and in the hidden "tz" field of date forms). Due dates are stored in UTC and entered and
 * shown in this zone; a missing or unknown name means UTC, and the page says "UTC".
 */
public final class ViewerZone {
    public static final String COOKIE = "sd_tz";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ViewerZone() {
    }

    /** The zone of this request's browser, or UTC when it sent none we know. */
    public static ZoneId of(Context ctx) {
        String raw = ctx.cookie(COOKIE);
        try {
            return parse(raw == null ? null : java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8))
                    .orElse(ZoneOffset.UTC);
        } catch (IllegalArgumentException badEscape) {
            return ZoneOffset.UTC;
        }
    }

    /** A region id such as Europe/Berlin (or UTC); anything else, e.g. "+02:00" or junk, is empty. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        String v = id.strip();
        if (v.equals("UTC") || v.equals("Etc/UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        // IANA region ids only, as browsers send them: no bare offsets, no JDK-only "SystemV/…" ids.
        if (!v.matches("[A-Za-z]+(/[A-Za-z0-9_+\\-]+)+") || v.startsWith("SystemV/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(v));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "2026-12-05 19:00 Europe/Berlin", or "… UTC". */
    public static String when(Instant i, ZoneId zone) {
        if (i == null) {
            return "";
        }
        return SHOWN.format(i.atZone(zone)) + " " + name(zone);
    }

    public static String name(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
