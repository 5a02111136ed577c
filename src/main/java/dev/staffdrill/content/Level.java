package dev.staffdrill.content;

/** Scorecard levels, ordered from worst to best so that comparisons mean "at least as good as". */
public enum Level {
    NOT_ADDRESSED("Not addressed"),
    WEAK("Weak"),
    MODERATE("Moderate"),
    STRONG("Strong");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Lowercase id for CSS classes and form values. */
    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Level parse(String s) {
        String norm = s.trim().toUpperCase().replace(' ', '_').replace('-', '_');
        return Level.valueOf(norm);
    }
}
