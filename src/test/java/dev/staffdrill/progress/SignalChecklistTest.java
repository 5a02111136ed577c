package dev.staffdrill.progress;

import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.progress.SignalChecklist.Answer;
import dev.staffdrill.progress.SignalChecklist.Row;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignalChecklistTest {
    static final Rubric RUBRIC = ContentLoader.load(Path.of("content")).rubric();
    private final List<Answer> answers = new ArrayList<>();
    private long id = 1;

    private long answer(String dim, String... found) {
        long a = id++;
        answers.add(new Answer(a, History.T0.plus(Duration.ofHours(a)), dim, Set.of(found)));
        return a;
    }

    private Row row(String signal) {
        return SignalChecklist.build(answers, RUBRIC).stream().filter(r -> r.signal().id().equals(signal))
                .findFirst().orElseThrow();
    }

    @Test
    void sharesCountOnlyAnswersOnTheSignalsDimension() {
        answer("D", "cost-driver");
        answer("D");
        long last = answer("D", "cost-driver", "not-build");
        answer("B", "partial-failure");
        Row driver = row("cost-driver");
        assertThat(driver.answers()).isEqualTo(3);
        assertThat(driver.present()).isEqualTo(2);
        assertThat(driver.percent()).isEqualTo(67);
        assertThat(driver.gap()).isFalse();
        assertThat(driver.examplePresent()).isEqualTo(last);
        assertThat(driver.exampleMissing()).isEqualTo(2);
        Row scaling = row("cost-scaling");
        assertThat(scaling.present()).isZero();
        assertThat(scaling.gap()).isTrue();
        assertThat(scaling.examplePresent()).isZero();
        assertThat(row("partial-failure").answers()).isEqualTo(1);
        assertThat(row("partial-failure").gap()).isFalse(); // one answer is too few to call a gap
        assertThat(row("ownership").answers()).isZero();
    }

    @Test
    void onlyTheRecentWindowCounts() {
        for (int i = 0; i < 30; i++) {
            answer("E");
        }
        for (int i = 0; i < SignalChecklist.WINDOW; i++) {
            answer("E", "ownership");
        }
        assertThat(row("ownership").percent()).isEqualTo(100);
        assertThat(row("ownership").answers()).isEqualTo(SignalChecklist.WINDOW);
    }

    @Test
    void gapsAreTheWeakestFirst() {
        for (int i = 0; i < 4; i++) {
            answer("C", i == 0 ? new String[]{"quantified-scale", "growth-threshold"} : new String[]{"quantified-scale"});
        }
        var gaps = SignalChecklist.gaps(SignalChecklist.build(answers, RUBRIC));
        assertThat(gaps).extracting(r -> r.signal().id())
                .containsExactly("first-bottleneck", "dangerous-assumption", "migration-path", "nonlinear-scaling",
                        "growth-threshold");
        assertThat(gaps).noneMatch(r -> r.signal().id().equals("quantified-scale"));
    }
}
