package dev.staffdrill.review;

import dev.staffdrill.cohort.Assignment;
import dev.staffdrill.cohort.Completion;
import dev.staffdrill.cohort.Member;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Level;
import dev.staffdrill.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.staffdrill.content.Level.MODERATE;
import static dev.staffdrill.content.Level.STRONG;
import static dev.staffdrill.content.Level.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

class CohortSummaryTest {
    static final Instant DUE = Instant.parse("2026-03-01T18:00:00Z");
    @TempDir
    Path tmp;
    ContentBank bank;
    List<Member> members;
    List<Assignment> assignments;

    @BeforeEach
    void setUp() {
        bank = ContentLoader.load(Fixtures.content(tmp));
        members = List.of(new Member(1, "Zoe", "zoe", DUE), new Member(2, "adam", "adam", DUE),
                new Member(3, "Nobody yet", "n", DUE));
        assignments = List.of(new Assignment(10, 1, "warmup", "Week 1", DUE, null, DUE, 0),
                new Assignment(11, 1, "warmup", "Week 2", null, null, DUE, 0));
    }

    static AttemptResult result(long attempt, long user, long assignment, String question, Map<String, Level> auto,
                                Map<String, Level> overrides, Map<String, List<String>> missing, String... flags) {
        Map<String, Level> levels = new java.util.LinkedHashMap<>(auto);
        levels.putAll(overrides);
        return new AttemptResult(attempt, user, assignment, question, "Title of " + question, 0, DUE.minusSeconds(60), "OFFLINE",
                List.of(flags), false, auto, levels, Set.copyOf(overrides.keySet()), missing);
    }

    @Test
    void heatmapUsesOverriddenLevelsAndSortsWeakestFirstOnADimension() {
        var results = List.of(
                result(1, 1, 10, "14-fu-q1", Map.of("B", WEAK), Map.of("B", STRONG), Map.of()),
                result(2, 1, 10, "14-fu-q4", Map.of("B", STRONG), Map.of(), Map.of()),
                result(3, 2, 10, "14-fu-q1", Map.of("B", WEAK, "C", MODERATE), Map.of(), Map.of()));
        var summary = new CohortSummary(members, assignments, List.of(), results, bank);
        var byName = summary.heatmap("name");
        assertThat(byName).extracting(ViewPages.HeatRow::name).containsExactly("adam", "Nobody yet", "Zoe");
        var zoe = byName.get(2);
        assertThat(zoe.cells().get(1).label()).isEqualTo("Strong"); // override made both B answers Strong
        assertThat(zoe.cells().get(1).n()).isEqualTo(2);
        assertThat(byName.get(1).cells()).allMatch(c -> c.n() == 0 && c.levelKey().equals("none"));
        assertThat(summary.heatmap("B")).extracting(ViewPages.HeatRow::name).containsExactly("adam", "Zoe", "Nobody yet");
    }

    @Test
    void completionCountsDoneAndLateAgainstTheDueDate() {
        var completions = List.of(
                new Completion(10, 1, 100, 3, 3, DUE.minusSeconds(1)),
                new Completion(10, 2, 101, 3, 3, DUE.plusSeconds(1)),
                new Completion(10, 3, 103, 3, 1, DUE.plusSeconds(1)), // one late answer, not finished: late too
                new Completion(11, 1, 102, 3, 1, DUE.plusSeconds(1)));
        var summary = new CohortSummary(members, assignments, completions, List.of(), bank);
        assertThat(summary.progress(java.time.ZoneOffset.UTC)).extracting(p -> p.title() + ":" + p.done() + "/" + p.late() + "/" + p.started()
                + "/" + p.members()).containsExactly("Week 1:2/2/3/3", "Week 2:0/0/1/3");
        assertThat(summary.heatmap("completion")).extracting(ViewPages.HeatRow::done).containsExactly(0, 1, 1);
    }

    @Test
    void missingSignalsAreRankedByHowOftenTheyAreMissing() {
        var results = List.of(
                result(1, 1, 10, "14-fu-q1", Map.of("B", WEAK, "C", WEAK), Map.of(),
                        Map.of("B", List.of("blast-radius", "failure-timeline"), "C", List.of("growth-threshold"))),
                result(2, 2, 10, "14-fu-q1", Map.of("B", MODERATE), Map.of(), Map.of("B", List.of("blast-radius"))));
        var rows = new CohortSummary(members, assignments, List.of(), results, bank).missingSignals(2);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).missing()).isEqualTo(2);
        assertThat(rows.get(0).of()).isEqualTo(2);
        assertThat(rows.get(0).percent()).isEqualTo(100);
        assertThat(rows.get(0).dimension()).startsWith("B.");
        assertThat(rows.get(1).missing()).isEqualTo(1);
    }

    @Test
    void perQuestionRowsShowTheTypicalLevelAndSpread() {
        var results = List.of(
                result(1, 1, 10, "14-fu-q1", Map.of("B", WEAK), Map.of(), Map.of(), "NEEDS_REVIEW"),
                result(2, 2, 10, "14-fu-q1", Map.of("B", STRONG), Map.of(), Map.of()),
                result(3, 2, 11, "14-fu-q2", Map.of("A", MODERATE), Map.of(), Map.of()));
        var rows = new CohortSummary(members, assignments, List.of(), results, bank).questions();
        assertThat(rows).hasSize(2);
        var q1 = rows.get(0);
        assertThat(q1.assignment()).isEqualTo("Week 1");
        assertThat(q1.title()).isEqualTo("Follow-up number 1");
        assertThat(q1.submitted()).isEqualTo(2);
        assertThat(q1.flagged()).isEqualTo(1);
        assertThat(q1.cells().get(1).label()).isEqualTo("Moderate");
        assertThat(q1.cells().get(1).spread()).isEqualTo("1 W · 1 S");
    }
}
