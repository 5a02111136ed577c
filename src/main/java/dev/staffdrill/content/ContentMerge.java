package dev.staffdrill.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds imported questions and sets to the bank loaded from content/, under the same rules as
 * authored content (id shape, unique ids, known dimensions, prompt, guidance and model answer
 * present, sets naming existing questions) except two that an imported chapter cannot meet: the
 * minutes range and gap IDs. A chapter that content/ lacks is created, titled from the import.
 */
public final class ContentMerge {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ContentMerge() {
    }

    /** The merged bank, or {@link ContentException} listing every problem as {@code source: what}. */
    public static ContentBank merge(ContentBank files, ImportedContent imported) {
        if (imported.questions().isEmpty() && imported.sets().isEmpty()) {
            return files;
        }
        List<String> problems = new ArrayList<>();
        Map<Integer, Chapter> chapters = new LinkedHashMap<>();
        files.chapters().forEach(c -> chapters.put(c.number(), c));
        for (Question q : imported.questions()) {
            chapters.computeIfAbsent(q.chapter(), n -> new Chapter("imp-ch" + n, n,
                    imported.chapterTitles().getOrDefault(n, "Chapter " + n),
                    "Imported: its drill items come from chapter files imported by an instructor; it has no gap IDs.",
                    List.of()));
        }
        List<Question> questions = new ArrayList<>(files.questions());
        Set<String> ids = new HashSet<>();
        files.questions().forEach(q -> ids.add(q.id()));
        for (Question q : imported.questions()) {
            check(q, files.rubric(), problems);
            if (!ids.add(q.id())) {
                problems.add(q.source() + ": duplicate question id '" + q.id() + "'");
                continue;
            }
            // Related chapters are guessed from mentions in the text: keep only those that exist.
            questions.add(new Question(q.id(), q.chapter(), q.related().stream().filter(chapters::containsKey).toList(),
                    q.kind(), q.title(), q.minutes(), q.dimensions(), List.of(), q.prompt(), q.guidance(),
                    q.modelAnswer(), q.version(), q.source(), List.of(), "", "",
                    // An import guesses its probes' signals: one this rubric lacks drops the probe, not the import.
                    q.probes().stream().filter(p -> files.rubric().signal(p.signal()).isPresent()).toList()));
        }
        List<ExerciseSet> sets = new ArrayList<>(files.sets());
        Set<String> setIds = new HashSet<>();
        files.sets().forEach(s -> setIds.add(s.id()));
        for (ExerciseSet s : imported.sets()) {
            String where = "import:set " + s.id();
            if (!setIds.add(s.id())) {
                problems.add(where + ": duplicate set id '" + s.id() + "'");
            }
            if (s.title().isBlank()) {
                problems.add(where + ": the set needs a title");
            }
            if (s.questionIds().isEmpty()) {
                problems.add(where + ": the set lists no questions");
            }
            s.questionIds().stream().filter(id -> !ids.contains(id))
                    .forEach(id -> problems.add(where + ": set names question '" + id + "', which does not exist"));
            sets.add(s);
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new ContentBank(files.rubric(), List.copyOf(chapters.values()), questions, sets);
    }

    private static void check(Question q, Rubric rubric, List<String> problems) {
        String at = q.source() + ": ";
        if (!ID.matcher(q.id()).matches() || q.id().length() > 120) {
            problems.add(at + "id '" + q.id() + "' may use only lowercase letters, digits and dashes (at most 120)");
        }
        if (q.kind() == null) {
            problems.add(at + "unknown kind");
        }
        if (q.title().isBlank()) {
            problems.add(at + "the question needs a title");
        }
        if (q.dimensions().isEmpty()) {
            problems.add(at + "no target dimensions");
        }
        for (String d : q.dimensions()) {
            if (rubric.dimension(d).isEmpty()) {
                problems.add(at + "unknown dimension '" + d + "' (expected one of "
                        + String.join(", ", rubric.dimensionIds()) + ")");
            }
        }
        if (new HashSet<>(q.dimensions()).size() != q.dimensions().size()) {
            problems.add(at + "a dimension is listed twice");
        }
        if (q.prompt().isBlank()) {
            problems.add(at + "the prompt is empty");
        }
        if (q.guidance() == null || q.guidance().isBlank()) {
            problems.add(at + "the guidance is missing");
        }
        if (q.modelAnswer() == null || q.modelAnswer().isBlank()) {
            problems.add(at + "the model answer sketch is missing");
        }
    }
}
