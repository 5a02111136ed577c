package dev.staffdrill.importer;

/** A file that cannot be imported; the message names the file and says what was looked for. */
public class ImportException extends RuntimeException {
    private final String file;

    public ImportException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
