package dev.staffdrill.cohort;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import dev.staffdrill.testing.BrowserSpec;
import org.junit.jupiter.api.Test;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

/**
 * The instructor's loop in a real browser: assign, the learner completes, review, override; the
 * learner sees the override on the result page and on the scorecard.
 */
class CohortSpec extends BrowserSpec {
    static final String ANSWER = "One replica at 900 ms slows 20% of reads; we hedge after p95 and eject it after "
            + "30 seconds, so about 1% of users see a slow page for a minute. The search team is paged.";

    private static void logOut() {
        $("form[action='/logout'] button").click();
        $(".who").shouldNot(exist);
    }

    private static void logIn(String username) {
        open("/login");
        $("#username").setValue(username);
        $("#password").setValue("a long pass phrase");
        $("form[action='/login'] button[type=submit]").click();
        $(".who").should(exist);
    }

    @Test
    void instructorAssignsLearnerCompletesAndAnOverrideReachesTheLearner() {
        signUp("Ines Instructor", "ines@example.com"); // the first account is admin, so an instructor too
        open("/cohorts");
        $("#name").setValue("Spring L6");
        $("#create-cohort").click();
        String joinUrl = $("#join-url").getText();
        String cohortPath = WebDriverRunner.url().replaceAll("^https?://[^/]+(/cohorts/\\d+).*$", "$1");
        $("nav.tabs a[href$='/assignments']").click();
        $("#setId").selectOptionContainingText("Warm-up");
        $("#title").setValue("Week 1");
        $("#assign").click();
        $("#assignments").shouldHave(text("Week 1"));
        logOut();

        signUp("Lee Learner", "lee@example.com");
        open(joinUrl);
        $("h1").shouldHave(text("Spring L6"));
        $("#join").click();
        $("#my-assignments").shouldHave(text("Week 1"), text("not started"));
        open("/");
        $("#assignments").shouldHave(text("Week 1"), text("not started")); // the dashboard lists it too
        open("/assignments");
        $("#my-assignments button[type=submit]").click();
        for (int i = 0; i < 3; i++) {
            $("#answer").setValue(ANSWER);
            $("#submit-answer").click();
            $("h1").shouldHave(text("How did you do"));
            for (var radio : $$("input[type=radio][value=MODERATE]")) {
                radio.click();
            }
            $("form[action$='/rate'] button[type=submit]").click();
            $("#next").click();
        }
        open("/assignments");
        $("#my-assignments").shouldHave(text("submitted"), text("3 of 3 submitted"));
        logOut();

        logIn("ines@example.com");
        open(cohortPath);
        // Grading runs in background jobs: reload until Lee's row shows a level.
        for (int i = 0; i < 60 && !$("#heatmap td[data-dimension=B] .level").exists(); i++) {
            Selenide.sleep(250);
            Selenide.refresh();
        }
        $("#heatmap").shouldHave(text("Lee Learner"));
        $("#heatmap td[data-dimension=B] .level").should(exist);
        $("#completion").shouldHave(text("1 of 1"));
        $("#heatmap tr[data-learner] th a").click();
        $("#attempts a[href*='/attempts/']").click(); // the first answer: 14-fu-q1 targets B and C
        $("#answer").shouldHave(text("eject it after 30 seconds"));
        $(".grade-panel, #grader").should(exist);
        String attemptId = WebDriverRunner.url().replaceAll(".*/attempts/(\\d+).*", "$1");
        $("#level_B").selectOptionByValue("STRONG");
        $("#comment_B").setValue("You quantified the blast radius: that is Strong.");
        $("#save-override").click();
        $("[data-current=B]").shouldHave(text("Strong"));
        open(cohortPath);
        $("#heatmap td[data-dimension=B]").shouldHave(text("Strong"));
        logOut();

        logIn("lee@example.com");
        open("/attempts/" + attemptId + "/result");
        $("#review-notes").shouldHave(text("Strong"), text("You quantified the blast radius"), text("Ines Instructor"));
        // The scorecard (progress) takes the override too: chapter 14's only B answer is this one.
        open("/progress");
        $("#scorecard td[data-dimension=B][data-chapter='14']").shouldHave(exactText("Strong"));
    }
}
