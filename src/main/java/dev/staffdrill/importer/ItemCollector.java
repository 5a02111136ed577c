package dev.staffdrill.importer;

import dev.staffdrill.importer.Line.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the lines of one section and collects its items: numbered, bulleted, bold-labelled
 * ({@code **Follow-up 2:**}, {@code **Q1.**}) or headed ({@code #### Exercise 3: …}) items, with
 * wrapped lines, nested bullets and following paragraphs. Sub-group headings (PART 18's what-if /
 * redesign / failure injection / trade-off, STEP 5's groups) label the items under them. Prose that
 * belongs to no item is dropped, never turned into one.
 */
final class ItemCollector {
    private final Section section;
    private final List<Line> lines;
    private final List<RawItem> out = new ArrayList<>();
    private final Groups groups;
    private RawItem current;
    private boolean blank;
    private boolean instructions; // under "Include:" / "Add:": the seeds' prompts telling a writer what to write

    private ItemCollector(Section section, String sectionHeading, List<Line> lines) {
        this.section = section;
        this.lines = lines;
        this.groups = new Groups(section, sectionHeading, out);
    }

    static List<RawItem> collect(Section section, String sectionHeading, List<Line> lines) {
        ItemCollector c = new ItemCollector(section, sectionHeading, lines);
        for (int i = 0; i < lines.size(); i++) {
            c.accept(i);
        }
        c.finish();
        c.groups.close();
        return c.out;
    }

    private void accept(int i) {
        Line l = lines.get(i);
        switch (l.type()) {
            case BLANK -> {
                blank = true;
                return;
            }
            case FENCE -> {
                if (current != null && !instructions) {
                    current.part().raw(l.text());
                }
            }
            case RULE -> {
                finish();
                instructions = false;
            }
            case HEADING -> block(l, l.text(), true);
            case BOLD -> block(l, l.text(), false);
            case LIST -> list(l, i);
            case TEXT -> text(l);
        }
        blank = false;
    }

    /** A heading or a whole-line bold: an item, a guidance marker, or a sub-group. */
    private void block(Line l, String text, boolean heading) {
        Optional<String> g = ItemText.afterGuidanceMarker(text.contains(":") ? text : text + ":");
        if (!heading && current != null && g.isPresent()) {
            current.toGuidance();
            current.guidance().paragraph(g.get());
            return;
        }
        finish();
        instructions = false;
        String wrapped = heading ? text : "**" + text + "**";
        boolean labelled = ItemText.hasLabel(wrapped) || ItemText.isBareLabel(wrapped);
        if (labelled || section.questionsWithGuidance() && ItemText.isQuestion(text)) {
            start(heading ? RawItem.Origin.HEADING : RawItem.Origin.LABEL, l, wrapped);
        } else if (section.questionsWithGuidance()) {
            // A titled follow-up ("#### Leader dies mid-rebalance"): its question follows as prose.
            start(heading ? RawItem.Origin.HEADING : RawItem.Origin.LABEL, l, "**" + text + "**");
        } else {
            groups.open(l, text);
        }
    }

    private void list(Line l, int i) {
        if (instructions || groups.skipping()) {
            return;
        }
        if (current != null && l.indent() > current.markerIndent) {
            nested(l);
            return;
        }
        finish();
        if (section == Section.PART_18 && groupLabelBullet(l, i)) {
            groups.openNested(l);
            return;
        }
        groups.leaveNested(l.indent());
        start(RawItem.Origin.LIST, l, l.text());
    }

    private void nested(Line l) {
        RawItem c = current;
        if (c.nestedBase < 0) {
            c.nestedBase = l.indent();
        }
        int depth = Math.max(0, Math.min(3, (l.indent() - c.nestedBase) / 2));
        Optional<String> g = ItemText.afterGuidanceMarker(l.text());
        if (g.isPresent()) {
            c.toGuidance();
            c.guidance().paragraph(g.get());
            return;
        }
        if (section.questionsWithGuidance() && c.hasPrompt()) {
            c.toGuidance(); // the question is in: nested bullets under it are its guidance
        }
        c.part().bullet(l.text(), depth);
    }

    private void text(Line l) {
        String t = l.text();
        if (l.indent() <= 3 && ItemText.isInstruction(t)) {
            finish();
            instructions = true;
            return;
        }
        if (instructions) {
            if (!blank) {
                return; // a wrapped instruction bullet
            }
            instructions = false;
        }
        if (groups.skipping()) {
            return;
        }
        boolean startsItem = blank || current == null || current.origin != RawItem.Origin.LIST;
        if (startsItem && l.indent() <= 3 && (ItemText.hasLabel(t) || ItemText.isBareLabel(t))) {
            finish();
            start(RawItem.Origin.LABEL, l, t);
            return;
        }
        if (current == null) {
            groups.prose(t, blank);
            return;
        }
        Optional<String> g = ItemText.afterGuidanceMarker(t);
        if (g.isPresent()) {
            current.toGuidance();
            current.guidance().paragraph(g.get());
        } else if (!blank) {
            current.continueLine(t);
        } else if (current.origin == RawItem.Origin.LIST && l.indent() <= current.markerIndent) {
            // Outside the list. Only a follow-up's answer is written that way; elsewhere it is prose.
            if (section != Section.FOLLOW_UPS) {
                finish();
                groups.prose(t, true);
                return;
            }
            if (current.hasPrompt()) {
                current.toGuidance();
            }
            current.part().paragraph(t);
        } else {
            if (section.questionsWithGuidance() && current.hasPrompt()) {
                current.toGuidance();
            }
            current.part().paragraph(t);
        }
    }

    /** "- Redesign under new constraints:" with nested bullets: a group label, not an item. */
    private boolean groupLabelBullet(Line l, int i) {
        if (Inference.groupKind(l.text()).isEmpty()) {
            return false;
        }
        String plain = ItemText.plain(l.text());
        boolean labelShape = plain.endsWith(":") || !ItemText.isQuestion(plain) && plain.split("\\s+").length <= 6;
        for (int k = i + 1; k < lines.size(); k++) {
            Line next = lines.get(k);
            if (!next.is(Type.BLANK)) {
                return labelShape && next.is(Type.LIST) && next.indent() > l.indent();
            }
        }
        return false;
    }

    private void start(RawItem.Origin origin, Line l, String head) {
        int markerIndent = origin == RawItem.Origin.LIST ? l.indent() : -1;
        current = new RawItem(l.number(), origin, markerIndent, groups.name(), groups.kind(), head,
                section.questionsWithGuidance());
    }

    private void finish() {
        if (current != null) {
            current.head();
            out.add(current);
            groups.counted();
            current = null;
        }
    }
}
