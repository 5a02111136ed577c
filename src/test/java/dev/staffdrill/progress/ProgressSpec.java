package dev.staffdrill.progress;

import com.codeborne.selenide.WebDriverRunner;
import dev.staffdrill.db.Sql;
import dev.staffdrill.testing.BrowserSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

/**
 * A learner who has drilled with known grades sees them on the scorecard, and one click on the
 * dashboard starts a gap drill on a question for their weakest dimension.
 */
class ProgressSpec extends BrowserSpec {

    /** Answers the current question, rates every dimension {@code self}; returns the attempt id. */
    private static long answerAndRate(String answer, String self) {
        $("#answer").setValue(answer);
        $("#submit-answer").click();
        $("h1").shouldHave(text("How did you do"));
        for (var radio : $$("input[type=radio][value=" + self + "]")) {
            radio.click();
        }
        $("form[action$='/rate'] button[type=submit]").click();
        $(".answer-text").shouldHave(text(answer));
        String url = WebDriverRunner.url(); // .../attempts/{id}/result
        return Long.parseLong(url.replaceAll(".*/attempts/(\\d+)/result.*", "$1"));
    }

    private static void start(String mode, String field, String value) {
        open("/drills");
        var form = $("form input[name=mode][value=" + mode + "]").closest("form");
        form.find("select[name=" + field + "]").selectOptionByValue(value);
        form.find("button[type=submit]").click();
        $("#answer").shouldBe(com.codeborne.selenide.Condition.visible);
    }

    private static void moveBack(long attemptId, Duration by) {
        Instant t = Instant.now().minus(by);
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE attempt SET started_at = :t, submitted_at = :t WHERE id = :a")
                .bind("t", Sql.ts(t)).bind("a", attemptId).execute());
    }

    @Test
    void scorecardShowsKnownGradesAndTheGapDrillStartsOnTheWeakestDimension() {
        signUp("Nora", "nora@example.com");
        GradedHistory grades = new GradedHistory(app);

        start("SET", "setId", "warmup"); // follow-ups 1 (B, C), 2 (A), 3 (D, E), in order
        long q1 = answerAndRate("Retry with jitter.", "STRONG");
        $("#next").click();
        long q2 = answerAndRate("We rejected a single leader because the p99 budget is 200 ms.", "MODERATE");
        $("#next").click();
        long q3 = answerAndRate("It costs money.", "STRONG");
        grades.grade(q1, Map.of("B", "WEAK", "C", "MODERATE"), Map.of());
        grades.grade(q2, Map.of("A", "STRONG"), Map.of("A", List.of("alternative-rejected", "dominant-constraint")));
        grades.grade(q3, Map.of("D", "WEAK", "E", "MODERATE"), Map.of());
        for (long a : List.of(q1, q2, q3)) {
            moveBack(a, Duration.ofDays(5)); // answered last week: due for review now
        }
        start("EXERCISE", "questionId", "14-ex-deep"); // targets A, D
        long deep = answerAndRate("Eventual consistency for the cart.", "STRONG");
        grades.grade(deep, Map.of("A", "STRONG", "D", "NOT_ADDRESSED"), Map.of());

        open("/progress");
        $("#scorecard td[data-dimension=A][data-chapter='14']").shouldHave(exactText("Strong"));
        $("#scorecard td[data-dimension=B][data-chapter='14']").shouldHave(exactText("Weak"));
        $("#scorecard td[data-dimension=C][data-chapter='14']").shouldHave(exactText("Moderate"));
        $("#scorecard td[data-dimension=D][data-chapter='14']").shouldHave(exactText("Weak"));
        $("#scorecard td[data-dimension=E][data-chapter='14']").shouldHave(exactText("Moderate"));
        $("#scorecard td[data-dimension=D][data-chapter=overall]").shouldHave(exactText("Weak"));
        // Each chart cell plots a trend once it has two points, else says one comes with the second answer.
        $$(".charts-grid .chart-cell").shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual(5));
        int cells = $$(".charts-grid .chart-cell").size();
        int plotted = $$(".charts-grid figure.chart svg").size();
        int waiting = $$(".charts-grid .chart-cell").filterBy(text("A trend appears from the second answer")).size();
        org.assertj.core.api.Assertions.assertThat(plotted).isPositive();
        org.assertj.core.api.Assertions.assertThat(waiting).isPositive(); // B, C and E have one answer each
        org.assertj.core.api.Assertions.assertThat(plotted + waiting).isEqualTo(cells);
        $("li[data-signal=alternative-rejected]").shouldHave(text("1 of 2 answers"));

        $("#scorecard td[data-dimension=B][data-chapter='14'] a").click();
        $("h1").shouldHave(text("B. Failure & Degradation · Ch 14"));
        $("#cell-attempts").shouldHave(text("Follow-up number 1")).shouldHave(text("Weak"));

        open("/");
        $("#due-today").shouldHave(text("Follow-up number 3"));
        $("#next-drill li").shouldHave(text("Follow-up number 3")).shouldHave(text("D, E"));
        $("#start-gap-drill").click();
        $("h1").shouldHave(text("Follow-up number 3"));
        $("main").shouldHave(text("D. Cost & Sustainability"));
    }
}
