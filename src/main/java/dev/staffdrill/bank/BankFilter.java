package dev.staffdrill.bank;

import dev.staffdrill.content.Question;
import dev.staffdrill.content.QuestionKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the learner asked the bank for. Every field is optional ("" or 0 = any); a value that is not
 * on the menu is ignored rather than failing the page, so an old bookmark still opens.
 */
record BankFilter(String text, int chapter, String dimension, String gap, String kind, int maxMinutes, Status status) {

    /** The learner's own filters: questions never answered, last graded Weak, or due for review. */
    enum Status {
        ANY("any"), NEVER("never tried"), WEAK("weak last time"), DUE("due for review");

        final String label;

        Status(String label) {
            this.label = label;
        }

        static Status of(String s) {
            for (Status v : values()) {
                if (v.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return v;
                }
            }
            return ANY;
        }
    }

    /** Where the learner stands on one question; absent from the map = never answered. */
    record Standing(String lastLevel, boolean weak, boolean due) {
    }

    static BankFilter from(Function<String, String> param) {
        return new BankFilter(clean(param.apply("q"), 100), number(param.apply("chapter"), 0, 999),
                clean(param.apply("dimension"), 1).toUpperCase(Locale.ROOT), clean(param.apply("gap"), 20),
                QuestionKind.of(clean(param.apply("kind"), 40)).map(QuestionKind::id).orElse(""),
                number(param.apply("minutes"), 0, 60), Status.of(param.apply("status")));
    }

    List<Question> apply(List<Question> questions, Map<String, Standing> standing) {
        String needle = text.toLowerCase(Locale.ROOT);
        return questions.stream()
                .filter(q -> chapter == 0 || q.chapter() == chapter || q.related().contains(chapter))
                .filter(q -> dimension.isEmpty() || q.dimensions().contains(dimension))
                .filter(q -> gap.isEmpty() || q.gaps().stream().anyMatch(g -> g.equalsIgnoreCase(gap)))
                .filter(q -> kind.isEmpty() || q.kind().id().equals(kind))
                .filter(q -> maxMinutes == 0 || q.minutes() <= maxMinutes)
                .filter(q -> wanted(standing.get(q.id())))
                .filter(q -> needle.isEmpty() || (q.id() + "\n" + q.title() + "\n" + q.prompt()).toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    private boolean wanted(Standing s) {
        return switch (status) {
            case ANY -> true;
            case NEVER -> s == null;
            case WEAK -> s != null && s.weak();
            case DUE -> s != null && s.due();
        };
    }

    private static String clean(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static int number(String s, int min, int max) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n < min || n > max ? 0 : n;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
