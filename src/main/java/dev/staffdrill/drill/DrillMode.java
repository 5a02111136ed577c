package dev.staffdrill.drill;

/** The ways a learner can drill; each has a start-page blurb. */
public enum DrillMode {
    MOCK("Mock follow-ups", "Five follow-ups fired one after another, 4–8 minutes each, as an interviewer would after your design."),
    EXERCISE("Exercise", "One deep exercise (what-if, redesign, failure injection or trade-off debate) on a 12–30 minute clock."),
    SET("Exercise set", "The questions of a named set in order — the way instructors assign them."),
    GAP("Gap drill", "Questions chosen for your weakest dimensions and the reviews that are due."),
    /** Questions the learner picked in the bank browser; started from there, not from the start page. */
    PICK("Your selection", "Questions you picked from the bank, in the order you picked them."),
    /** One exercise with its numbers held back, asked for fact by fact; started from /rounds (design package). */
    OPEN("Open design round", "One exercise without its numbers: ask for the facts you need, then design, on a 45-minute clock.");

    /** The open design round's clock, whatever the item's own minutes. */
    public static final java.time.Duration OPEN_ROUND_LIMIT = java.time.Duration.ofMinutes(45);

    private final String label;
    private final String blurb;

    DrillMode(String label, String blurb) {
        this.label = label;
        this.blurb = blurb;
    }

    public String label() {
        return label;
    }

    public String blurb() {
        return blurb;
    }
}
