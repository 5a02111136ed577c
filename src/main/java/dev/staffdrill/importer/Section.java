package dev.staffdrill.importer;

import java.util.regex.Pattern;

/**
 * The four places in the seeds' conventions that hold drill items. {@code heading} is how the
 * seeds spell it (shown when a file has none); {@code code} goes into item ids.
 */
public enum Section {
    FOLLOW_UPS("fu", "Google L6 Interview Follow-Ups This Design Must Survive",
            "\\binterview(?:er)?[- ]+follow[- ]?ups?\\b|\\bfollow[- ]?ups?\\b.*\\bmust\\s+survive\\b"),
    PART_18("p18", "PART 18: Brainstorming, Exercises & Redesigns",
            "^part\\s*18\\b|^brainstorming,?\\s+exercises,?\\s*(?:&|and)\\s*redesigns\\b"),
    REVIEW_EXERCISES("ex", "BRAINSTORMING QUESTIONS & DEEP EXERCISES",
            "\\bbrainstorming\\s+questions\\s*(?:&|and)\\s*deep\\s+exercises\\b"),
    PART_16_PROBES("p16", "PART 16 … How interviewers probe this system",
            "\\bhow\\s+(?:the\\s+)?interviewers?\\s+probes?\\b");

    private final String code;
    private final String heading;
    private final Pattern pattern;

    Section(String code, String heading, String regex) {
        this.code = code;
        this.heading = heading;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    public String code() {
        return code;
    }

    public String heading() {
        return heading;
    }

    /** Whether a heading's text (Markdown emphasis and "STEP 5:"-style prefixes removed) names this section. */
    boolean matches(String headingText) {
        String plain = ItemText.plain(headingText);
        if (pattern.matcher(plain).find()) {
            return true;
        }
        // "STEP 5: …", "7. …", "Part 16 — …": also try the text after such a prefix.
        String rest = plain.replaceFirst("(?i)^(?:(?:part|step|section)\\s*\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*)\\s*[:.)—–-]*\\s*", "");
        return !rest.equals(plain) && pattern.matcher(rest).find();
    }

    /** Follow-up style sections read the text after a question as its guidance. */
    boolean questionsWithGuidance() {
        return this == FOLLOW_UPS || this == PART_16_PROBES;
    }

    /** All four headings, for the message that rejects a file with none of them. */
    static String lookedFor() {
        StringBuilder sb = new StringBuilder();
        for (Section s : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append('"').append(s.heading).append('"');
        }
        return sb.toString();
    }
}
