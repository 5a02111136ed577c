package dev.staffdrill.importer;

/** What applying one file changed. {@code setsChanged} counts sets added, rewritten or retired. */
public record ImportSummary(String source, int items, int added, int updated, int unchanged, int retired,
                           int setsChanged) {

    public boolean changed() {
        return added + updated + retired + setsChanged > 0;
    }

    /** One line for the CLI and the upload page. */
    public String describe() {
        if (!changed()) {
            return source + ": unchanged (" + items + " item" + (items == 1 ? "" : "s") + ")";
        }
        return source + ": " + added + " added, " + updated + " updated, " + unchanged + " unchanged, "
                + retired + " retired" + (setsChanged > 0 ? "; " + setsChanged + " set" + (setsChanged == 1 ? "" : "s")
                + " changed" : "");
    }
}
