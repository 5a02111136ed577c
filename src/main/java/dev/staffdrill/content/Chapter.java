package dev.staffdrill.content;

import java.util.List;

/** A chapter of the user's book and the gaps the review found in it (e.g. 14-F1). */
public record Chapter(String id, int number, String title, String summary, List<Gap> gaps) {

    public record Gap(String id, String title, GapCategory category) {
    }

    public String label() {
        return "Ch " + number + " · " + title;
    }
}
