package dev.staffdrill.drill;

import dev.staffdrill.testing.BrowserSpec;
import dev.staffdrill.testing.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

/** The clock belongs to the server, and running out of time never loses the answer. */
class DrillClockSpec extends BrowserSpec {
    @BeforeAll
    static void shortClock() {
        restartServer("--drill-seconds", "5", "--grace-seconds", "5");
    }

    @Test
    void answerIsSubmittedAutomaticallyWhenTheClockRunsOut() {
        signUp("Katherine", "katherine@example.com");
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
        $("#answer").setValue("Written against the clock: 3 retries at 4k QPS is 12k QPS on the store.");
        $("#clock-warning").shouldHave(text("One minute left"));
        // No click: the page submits by itself at zero and moves on to the self-assessment.
        $("h1").shouldHave(text("How did you do"), Duration.ofSeconds(15));
        $(".notice").shouldHave(text("Time is up")); // said in words, not just a jump to the next page
        String answer = TestApp.query(app, String.class, "SELECT answer FROM attempt WHERE submitted_at IS NOT NULL");
        String reason = TestApp.query(app, String.class, "SELECT submit_reason FROM attempt WHERE submitted_at IS NOT NULL");
        assertThat(answer).isEqualTo("Written against the clock: 3 retries at 4k QPS is 12k QPS on the store.");
        assertThat(reason).isEqualTo("TIME_LIMIT");
    }
}
