package dev.staffdrill.content;

import java.util.List;

/** Invalid content: every problem as {@code file:line: what is wrong}. Nothing is loaded. */
public class ContentException extends RuntimeException {
    private final List<String> problems;

    public ContentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
