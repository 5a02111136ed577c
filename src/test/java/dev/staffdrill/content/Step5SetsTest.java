package dev.staffdrill.content;

import dev.staffdrill.importer.ChapterParser;
import dev.staffdrill.importer.ImportResult;
import dev.staffdrill.importer.ImportedItem;
import dev.staffdrill.importer.ImportedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each STEP 5 group of the master review (the seed, kept as a test resource) is a set of the bank
 * that holds a counterpart of each of the group's exercises, first and in STEP 5's order.
 */
class Step5SetsTest {
    /** Amounts that pin an exercise's scenario: $10K, 100M, 0.1%. */
    private static final Pattern AMOUNT = Pattern.compile("\\$?\\d+(?:\\.\\d+)?[KMB%]");

    static ContentBank bank;
    static ImportResult review;

    @BeforeAll
    static void load() throws IOException {
        bank = ContentLoader.load(Path.of("content"));
        review = new ChapterParser().parse("review-001.md",
                Files.readString(Path.of("src/test/resources/importer/review-001.md")));
    }

    @Test
    void theSeedHasFifteenExercisesInFiveGroups() {
        assertThat(review.items()).hasSize(15);
        assertThat(review.sets()).hasSize(5).allMatch(s -> s.itemIds().size() == 3);
    }

    @Test
    void everyGroupIsASetWithItsExercisesFirstInStep5Order() {
        List<String> seedIds = review.items().stream().map(ImportedItem::id).toList();
        Set<Integer> mapped = new HashSet<>();
        for (ImportedSet group : review.sets()) {
            ExerciseSet set = bank.sets().stream().filter(s -> same(s.title(), group.title())).findFirst()
                    .orElseThrow(() -> new AssertionError("no set titled like STEP 5's '" + group.title() + "'"));
            List<Integer> numbers = group.itemIds().stream().map(id -> seedIds.indexOf(id) + 1).toList();
            assertThat(new ArrayList<>(set.step5().keySet())).as("STEP 5 numbers mapped by set %s", set.id())
                    .containsExactlyElementsOf(numbers);
            List<String> counterparts = new ArrayList<>(set.step5().values());
            assertThat(set.questionIds().subList(0, Math.min(counterparts.size(), set.questionIds().size())))
                    .as("set %s starts with its STEP 5 counterparts in STEP 5's order", set.id())
                    .containsExactlyElementsOf(counterparts);
            for (Map.Entry<Integer, String> e : set.step5().entrySet()) {
                ImportedItem exercise = review.items().get(e.getKey() - 1);
                Question q = bank.question(e.getValue()).orElseThrow();
                assertThat(q.kind().followUp() && q.minutes() < 7).as("%s answers a deep exercise", q.id()).isFalse();
                assertScenarioMatches(exercise, q);
            }
            mapped.addAll(numbers);
        }
        assertThat(mapped).as("every STEP 5 exercise has a counterpart").hasSize(15);
        Set<String> distinct = new HashSet<>();
        bank.sets().forEach(s -> distinct.addAll(s.step5().values()));
        assertThat(distinct).as("no question stands for two STEP 5 exercises").hasSize(15);
    }

    /** When the seed exercise names amounts, its counterpart's prompt uses at least one of them. */
    private static void assertScenarioMatches(ImportedItem exercise, Question q) {
        Set<String> amounts = new HashSet<>();
        Matcher m = AMOUNT.matcher(exercise.prompt());
        while (m.find()) {
            amounts.add(m.group().replace("$", ""));
        }
        if (!amounts.isEmpty()) {
            String text = (q.title() + " " + q.prompt()).replace("$", "");
            assertThat(amounts).as("%s is the counterpart of '%s' (%s)", q.id(), exercise.title(), amounts)
                    .anyMatch(text::contains);
        }
    }

    private static boolean same(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]+", " ").strip();
    }
}
