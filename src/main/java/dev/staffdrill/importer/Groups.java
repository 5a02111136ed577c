package dev.staffdrill.importer;


import java.util.List;
import java.util.Optional;

/**
 * The sub-group an item belongs to within its section: STEP 5's "### Cost-Focused Exercises",
 * PART 18's "What if X changes?" / redesigns / failure injection / trade-off debates, whether
 * written as headings, bold lines or a bullet with nested bullets. A PART 18 sub-part that names no
 * kind of exercise ("Key takeaways") is skipped: its bullets are not drill items.
 */
final class Groups {
    private final Section section;
    private final List<RawItem> out;
    private String name;
    private String kind;
    private boolean skipping;
    private String outerName;
    private String outerKind;
    private int nestedIndent = -1;
    private Line question; // a question heading with prose under it and no list becomes one item
    private Md body = new Md();
    private int items;

    Groups(Section section, String sectionHeading, List<RawItem> out) {
        this.section = section;
        this.out = out;
        this.name = section == Section.PART_18 ? "" : clean(sectionHeading).replaceFirst("^\\d+(?:\\.\\d+)*[.)]?\\s+", "");
        this.outerName = name;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }

    boolean skipping() {
        return skipping;
    }

    void counted() {
        items++;
    }

    /** A sub-heading or bold line that is not itself an item. */
    void open(Line l, String text) {
        close();
        String t = clean(text);
        Optional<String> k = Inference.groupKind(t);
        if (section == Section.REVIEW_EXERCISES) {
            set(t, k.orElse("exercise"));
        } else if (section == Section.PART_18 && (k.isPresent() || ItemText.isQuestion(t))) {
            set(t, k.orElse(null));
            question = ItemText.isQuestion(t) ? l : null;
        } else {
            set(t, null);
            skipping = true;
        }
    }

    /** "- Failure injection exercises:" followed by nested bullets. */
    void openNested(Line l) {
        close();
        name = clean(l.text());
        kind = Inference.groupKind(name).orElse(null);
        nestedIndent = l.indent();
        skipping = false;
        items = 0;
    }

    /** A bullet at or left of a nested group's label closes that group. */
    void leaveNested(int indent) {
        if (nestedIndent >= 0 && indent <= nestedIndent) {
            close();
            name = outerName;
            kind = outerKind;
            nestedIndent = -1;
        }
    }

    /** Prose outside any item: kept only as the text of a question heading that has no list under it. */
    void prose(String text, boolean newParagraph) {
        if (question == null) {
            return;
        }
        if (newParagraph) {
            body.paragraph(text);
        } else {
            body.continueLine(text);
        }
    }

    void close() {
        if (question != null && items == 0 && !body.isEmpty()) {
            String q = ItemText.plain(question.text());
            RawItem r = new RawItem(question.number(), RawItem.Origin.HEADING, -1, "", kind, q, false);
            r.prompt().paragraph(body.text());
            out.add(r);
        }
        question = null;
        body = new Md();
    }

    private void set(String n, String k) {
        name = n;
        kind = k;
        outerName = n;
        outerKind = k;
        nestedIndent = -1;
        skipping = false;
        items = 0;
    }

    private static String clean(String s) {
        String p = ItemText.plain(s);
        return p.endsWith(":") ? p.substring(0, p.length() - 1).strip() : p;
    }
}
