package dev.staffdrill.importer;

import dev.staffdrill.importer.Line.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where each recognised section starts and ends. A section ends at the next heading of the
 * same or a higher level, at the start of another recognised section, or at a horizontal rule
 * followed by prose (the seeds separate their parts with {@code ---}). Items are only ever taken
 * from inside these spans.
 */
final class SectionFinder {
    private static final Pattern TOP_LEVEL = Pattern.compile("^(?:part|step|chapter|appendix)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** A recognised section: its heading line and the lines after it, {@code [from, to)} indexes into the file's lines. */
    record Span(Section section, Line heading, int from, int to) {
    }

    private SectionFinder() {
    }

    static List<Span> find(List<Line> lines) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            start(lines.get(i)).ifPresent(s -> spans.add(new Span(s, lines.get(at), at + 1, end(lines, at, s))));
        }
        return spans;
    }

    /** The section a line opens, if any. Probes may also open with a label line or a bullet. */
    private static Optional<Section> start(Line l) {
        if (l.is(Type.HEADING) || l.is(Type.BOLD)) {
            for (Section s : Section.values()) {
                if (s.matches(l.text())) {
                    return Optional.of(s);
                }
            }
        }
        boolean shortLine = l.text().length() <= 80;
        if ((l.is(Type.TEXT) || l.is(Type.LIST)) && shortLine && Section.PART_16_PROBES.matches(l.text())) {
            return Optional.of(Section.PART_16_PROBES);
        }
        return Optional.empty();
    }

    private static int end(List<Line> lines, int at, Section section) {
        Line open = lines.get(at);
        for (int j = at + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if ((l.is(Type.HEADING) || l.is(Type.BOLD)) && start(l).filter(s -> s != Section.PART_16_PROBES).isPresent()) {
                return j;
            }
            if (l.is(Type.RULE) && proseFollows(lines, j)) {
                return j;
            }
            boolean ends = section == Section.PART_16_PROBES ? endsProbes(open, lines, j) : endsSection(open, l);
            if (ends) {
                return j;
            }
        }
        return lines.size();
    }

    private static boolean endsSection(Line open, Line l) {
        if (open.is(Type.HEADING)) {
            return l.is(Type.HEADING) && l.level() <= open.level()
                    || l.is(Type.BOLD) && TOP_LEVEL.matcher(l.text()).matches();
        }
        // Opened by a bold line: only a top-level heading or another bold PART/STEP line closes it.
        return l.is(Type.HEADING) && (l.level() <= 2 || TOP_LEVEL.matcher(l.text()).matches())
                || l.is(Type.BOLD) && TOP_LEVEL.matcher(l.text()).matches();
    }

    /** Probe bullets end where the next sub-part of PART 16 begins ("Common L5 mistakes:"), in whatever form. */
    private static boolean endsProbes(Line open, List<Line> lines, int j) {
        Line l = lines.get(j);
        boolean afterBlank = lines.get(j - 1).is(Type.BLANK);
        if (open.is(Type.LIST)) {
            return l.is(Type.LIST) && l.indent() <= open.indent()
                    || l.is(Type.TEXT) && afterBlank && l.indent() <= open.indent()
                    || l.is(Type.HEADING) || l.is(Type.BOLD);
        }
        if (l.is(Type.HEADING)) {
            return true;
        }
        if (l.is(Type.BOLD)) {
            return !ItemText.hasLabel(l.text()) && !ItemText.isQuestion(l.text());
        }
        return l.is(Type.TEXT) && afterBlank && l.indent() <= 3 && l.text().endsWith(":") && l.text().length() <= 80;
    }

    /** A rule followed by a paragraph (not an item, heading or group) ends the section: the seeds' part separator. */
    private static boolean proseFollows(List<Line> lines, int rule) {
        for (int k = rule + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.is(Type.BLANK)) {
                continue;
            }
            return l.is(Type.TEXT) && !ItemText.hasLabel(l.text()) || l.is(Type.FENCE);
        }
        return true;
    }
}
