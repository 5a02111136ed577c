package dev.staffdrill.importer;

/**
 * What applying one file changed. {@code setsChanged} counts sets added, rewritten or retired;
 * {@code probes} counts the pushback probes now attached to the file's items and
 * {@code probeBulletsSkipped} the interviewer bullets that made none (no guidance after them).
 */
public record ImportSummary(String source, int items, int added, int updated, int unchanged, int retired,
                           int setsChanged, int probes, int probeBulletsSkipped) {

    public boolean changed() {
        return added + updated + retired + setsChanged > 0;
    }

    /** One line for the CLI and the upload page. */
    public String describe() {
        String probeNote = probes + probeBulletsSkipped == 0 ? ""
                : "; " + probes + " probe" + (probes == 1 ? "" : "s") + " attached, " + probeBulletsSkipped
                + " interviewer bullet" + (probeBulletsSkipped == 1 ? "" : "s") + " skipped (no guidance)";
        if (!changed()) {
            return source + ": unchanged (" + items + " item" + (items == 1 ? "" : "s") + ")" + probeNote;
        }
        return source + ": " + added + " added, " + updated + " updated, " + unchanged + " unchanged, "
                + retired + " retired" + (setsChanged > 0 ? "; " + setsChanged + " set" + (setsChanged == 1 ? "" : "s")
                + " changed" : "") + probeNote;
    }
}
