package dev.staffdrill.importer;

/**
 * An item as found, before titles, ids and dimensions are settled. Its first line may wrap onto
 * the next lines ("1. **What happens when …\n   … the leader dies?**"), so the head is split into
 * title, question and inline guidance only once it is complete.
 */
final class RawItem {
    enum Origin { LIST, LABEL, HEADING }

    final int line;
    final Origin origin;
    final int markerIndent; // list marker indent; -1 when every list line below belongs to the item
    final String group;
    final String groupKind; // null: decide from the item's own text
    private final boolean questionFirst;
    private final StringBuilder headText;
    private ItemText.Head head;
    private final Md prompt = new Md();
    private final Md guidance = new Md();
    private boolean inGuidance;
    int nestedBase = -1;

    RawItem(int line, Origin origin, int markerIndent, String group, String groupKind, String headText,
            boolean questionFirst) {
        this.line = line;
        this.origin = origin;
        this.markerIndent = markerIndent;
        this.group = group;
        this.groupKind = groupKind;
        this.headText = new StringBuilder(headText.strip());
        this.questionFirst = questionFirst;
    }

    /** A wrapped line: more head while the head is open, else more of the current part. */
    void continueLine(String text) {
        if (head == null) {
            headText.append(' ').append(text.strip());
        } else {
            part().continueLine(text);
        }
    }

    ItemText.Head head() {
        if (head == null) {
            ItemText.Head h = ItemText.splitHead(headText.toString(), questionFirst);
            // "#### Exercise 1: Double the producers": a heading that is not a question names the item.
            if (origin == Origin.HEADING && h.title().isEmpty() && !ItemText.isQuestion(h.prompt())) {
                h = new ItemText.Head(ItemText.plain(h.prompt()), "", h.guidance());
            }
            head = h;
            prompt.paragraph(h.prompt());
            guidance.paragraph(h.guidance());
            inGuidance = !h.guidance().isBlank();
        }
        return head;
    }

    /** Where body text goes now: the guidance once a guidance marker (or a follow-up's question) has passed. */
    Md part() {
        head();
        return inGuidance ? guidance : prompt;
    }

    Md guidance() {
        head();
        return guidance;
    }

    Md prompt() {
        head();
        return prompt;
    }

    void toGuidance() {
        head();
        inGuidance = true;
    }

    boolean hasPrompt() {
        head();
        return !prompt.isEmpty();
    }
}
