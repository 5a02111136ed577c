package dev.staffdrill.review;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 4: an instructor's override is the first thing on the learner's result page, and
 * the dashboard, the history and the nav say "reviewed" (and a new assignment shows in the nav)
 * until the learner has looked.
 */
class ReviewedAnswerSpec extends BrowserSpec {
    private static final String ANSWER = "One replica at 900 ms slows 20% of reads; we hedge after p95 and eject it after "
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
    void theOverrideComesFirstAndEveryPageSaysReviewed() {
        signUp("Rita Reviewer", "rita@example.com"); // first account: admin, so an instructor
        open("/cohorts");
        $("#name").setValue("Autumn L6");
        $("#create-cohort").click();
        String joinUrl = $("#join-url").getText();
        String cohortPath = WebDriverRunner.url().replaceAll("^https?://[^/]+(/cohorts/\\d+).*$", "$1");
        $("nav.tabs a[href$='/assignments']").click();
        $("#setId").selectOptionContainingText("Warm-up");
        $("#title").setValue("Week 1");
        $("#assign").click();
        logOut();

        signUp("Omar Learner", "omar@example.com");
        open(joinUrl);
        $("#join").click();
        $("#badge-assignments").shouldNot(exist); // set before Omar joined: not news to him
        $("#my-assignments button[type=submit]").click();
        $("#answer").setValue(ANSWER);
        $("#submit-answer").click();
        $("h1").shouldHave(text("How did you do"));
        for (var radio : $$("input[type=radio][value=MODERATE]")) {
            radio.click();
        }
        $("form[action$='/rate'] button[type=submit]").click();
        String attemptId = WebDriverRunner.url().replaceAll(".*/attempts/(\\d+).*", "$1");
        $("#review-notes").shouldNot(exist);
        logOut();

        logIn("rita@example.com");
        open(cohortPath + "/attempts/" + attemptId);
        for (int i = 0; i < 60 && !$(".grade-panel .level").exists(); i++) { // grading runs in a background job
            Selenide.sleep(250);
            Selenide.refresh();
        }
        $("#level_B").selectOptionByValue("STRONG");
        $("#comment_B").setValue("You put a number on the blast radius: Strong.");
        $("#save-override").click();
        $("[data-current=B]").shouldHave(text("Strong"));
        open(cohortPath + "/assignments"); // a second assignment, after Omar joined: news to him
        $("#setId").selectOptionContainingText("Warm-up");
        $("#title").setValue("Week 2");
        $("#assign").click();
        logOut();

        logIn("omar@example.com");
        $("#badge-reviews").shouldHave(text("1"));
        $("#badge-assignments").shouldHave(text("1"));
        open("/");
        $("#reviewed-answers").shouldHave(text("Reviewed by your instructor"), text("new"));

        $("#reviewed-answers a[href='/attempts/" + attemptId + "/result']").click();
        $("#review-notes").shouldHave(text("Reviewed by your instructor"), text("Strong"),
                text("You put a number on the blast radius"), text("Rita Reviewer"));
        // Above the automatic grade, and on screen without scrolling.
        Object before = Selenide.executeJavaScript("return (document.querySelector('#review-notes')"
                + ".compareDocumentPosition(document.querySelector('#grade-panel')) & 4) !== 0");
        assertEquals(Boolean.TRUE, before, "the instructor's review comes before the automatic grade");
        Long top = Selenide.executeJavaScript("return Math.round(document.querySelector('#review-notes').getBoundingClientRect().top)");
        Long height = Selenide.executeJavaScript("return window.innerHeight");
        assertTrue(top < height, "the review is above the fold: top " + top + " of " + height);

        open("/history");
        $("li[data-attempt='" + attemptId + "']").shouldHave(text("reviewed by your instructor"), text("new"),
                text("B Strong"));
        $("#badge-reviews").shouldNot(exist); // opening the history clears it
        open("/history?reviewed=1");
        $$(".history-answers li").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        $("#history-count").shouldHave(text("1 of"));
        open("/");
        $("#reviewed-answers").shouldNotHave(text("new"));

        $("#badge-assignments").shouldHave(exactText("1 new"));
        open("/assignments");
        $("#badge-assignments").shouldNot(exist);
        $("#my-assignments").shouldHave(text("Week 2"));
    }
}
