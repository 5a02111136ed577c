package dev.staffdrill.drill;

import com.codeborne.selenide.Selenide;
import dev.staffdrill.testing.BrowserSpec;
import dev.staffdrill.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.CollectionCondition.size;
import static org.assertj.core.api.Assertions.assertThat;

/** The learner's core loop in a real browser. */
class DrillSpec extends BrowserSpec {

    private static void startMock(int count) {
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("select[name=count]").selectOption(String.valueOf(count));
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
        $("#answer").should(com.codeborne.selenide.Condition.exist);
    }

    private static void rateAllModerate() {
        $("h1").shouldHave(text("How did you do"));
        for (var radio : $$("input[type=radio][value=MODERATE]")) {
            radio.click();
        }
        $("form[action$='/rate'] button[type=submit]").click();
    }

    @Test
    void learnerCompletesAThreeQuestionMockDrill() {
        signUp("Margaret", "margaret@example.com");
        startMock(3);
        for (int i = 1; i <= 3; i++) {
            $(".eyebrow").shouldHave(text("Question " + i + " of 3"));
            $("#clock").shouldHave(attribute("role", "timer"));
            $("#answer").setValue("Answer " + i + ": hedge reads after the p95; 20% of reads touch the slow replica.");
            $("#submit-answer").click();
            rateAllModerate();
            $(".guidance").shouldHave(text("SECRET-GUIDANCE"));
            $(".model-answer").shouldHave(text("SECRET-MODEL"));
            $(".answer-text").shouldHave(text("Answer " + i));
            $("#next").click();
        }
        $("h1").shouldHave(text("3 follow-ups"));
        $$("table.summary tbody tr").shouldHave(size(3));
        $("table.summary").shouldHave(text("submitted"));
    }

    @Test
    void draftSurvivesAReloadAndAServerRestart() {
        signUp("Barbara", "barbara@example.com");
        startMock(3);
        String attemptUrl = com.codeborne.selenide.WebDriverRunner.url();
        $("#answer").setValue("Shard by tenant; the hot tenant breaks first at 10x.");
        $("#save-state").shouldHave(text("Saved"), Duration.ofSeconds(10));

        Selenide.refresh();
        $("#answer").shouldHave(value("Shard by tenant; the hot tenant breaks first at 10x."));

        restartServer();
        open(attemptUrl);
        $("#answer").shouldHave(value("Shard by tenant; the hot tenant breaks first at 10x."));

        // The server goes away mid-typing: the text stays in the browser and is sent when it is back.
        stopServer();
        $("#answer").append(" Then we split the tenant across 4 shards.");
        $("#answer").pressTab();
        $("#save-state").shouldHave(text("kept in this browser"), Duration.ofSeconds(10));
        restartServer();
        $("#save-state").shouldHave(text("Saved"), Duration.ofSeconds(15));
        String stored = TestApp.query(app, String.class, "SELECT answer FROM attempt WHERE started_at IS NOT NULL "
                + "AND answer LIKE '%4 shards%'");
        assertThat(stored).isEqualTo("Shard by tenant; the hot tenant breaks first at 10x. Then we split the tenant across 4 shards.");
        Selenide.refresh();
        $("#answer").shouldHave(value(stored));
    }

    @Test
    void guidanceIsNotReachableBeforeSubmission() {
        signUp("Frances", "frances@example.com");
        startMock(3);
        String attemptUrl = com.codeborne.selenide.WebDriverRunner.url();
        assertThat(Selenide.webdriver().driver().source()).doesNotContain("SECRET-GUIDANCE").doesNotContain("SECRET-MODEL");
        open(attemptUrl + "/result");
        $("h1").shouldHave(text("Not found"));
        assertThat(Selenide.webdriver().driver().source()).doesNotContain("SECRET-GUIDANCE").doesNotContain("SECRET-MODEL");
        open(attemptUrl + "/rate");
        $("h1").shouldHave(text("Not found"));
    }
}
