package dev.staffdrill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory a test extension owns: created fresh, deleted (best effort) when done. */
final class ScratchDir {
    private final Path path;

    ScratchDir() {
        try {
            path = Files.createTempDirectory("staffdrill-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    /** The fixture content folder inside this directory, written on first use. */
    Path fixtureContent() {
        Path content = path.resolve("content");
        return Files.isDirectory(content) ? content : Fixtures.content(content);
    }

    void delete() {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is harmless; the OS cleans /tmp
        }
    }
}
