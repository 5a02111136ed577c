package dev.staffdrill;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import dev.staffdrill.testing.BrowserSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import java.util.ArrayList;
import java.util.List;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

/** A learner never gets lost: invites survive sign-up, phones fit, the drill bar stays in view, the bank drills anything. */
class LearnerNeverLostSpec extends BrowserSpec {

    @AfterEach
    void desktopAgain() {
        if (WebDriverRunner.hasWebDriverStarted()) {
            WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void phone() {
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(390, 844));
    }

    private static void logOut() {
        $("form[action='/logout'] button").click();
        $(".who").shouldNot(exist);
    }

    private static long pageOverflow() {
        return Selenide.executeJavaScript("return document.documentElement.scrollWidth - window.innerWidth;");
    }

    @Test
    void anInviteOpenedLoggedOutSurvivesSignUpAndAnOldOneSaysWhatToDo() {
        signUp("Ines Instructor", "ines@example.com");
        // Only the first account of this class's server is an admin; make this one an instructor whatever the order.
        app.database().jdbi().useHandle(h -> h.execute("UPDATE app_user SET role = 'INSTRUCTOR' WHERE username = ?",
                "ines@example.com"));
        open("/cohorts");
        $("#name").setValue("Autumn L6");
        $("#create-cohort").click();
        String joinUrl = $("#join-url").getText();
        logOut();

        open(joinUrl);
        $("h1").shouldHave(text("Log in"));
        $("a[href^='/signup?next=']").click();
        $("#displayName").setValue("Lee Learner");
        $("#username").setValue("lee@example.com");
        $("#password").setValue("a long pass phrase");
        $("form[action='/signup'] button[type=submit]").click();
        $(".notice").shouldHave(text("Your account is ready"));
        $("h1").shouldHave(text("Autumn L6"));
        $("#join").click();
        $("#my-cohorts").shouldHave(text("Autumn L6"));
        $("main").shouldHave(text("They appear here when your instructor assigns a set"));

        open("/join/aaaaa-bbbbb-ccccc-ddddd");
        $("#invite-gone").shouldHave(text("This invite no longer works"), text("Ask your instructor for a new link"));
    }

    @Test
    void everyLearnerPageFitsAPhoneWithoutSidewaysScrolling() {
        signUp("Pia Phone", "pia@example.com");
        phone();
        // A finished answer gives the result, rating and summary pages too.
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
        $("#answer").setValue("Hedge reads after p95; one slow replica at 900 ms is 20% of reads, so ~1% of users wait.");
        String question = WebDriverRunner.url();
        $("#submit-answer").click();
        $("h1").shouldHave(text("How did you do"));
        List<String> wide = new ArrayList<>();
        for (String path : List.of("/", "/drills", "/bank", "/progress", "/history", "/assignments", "/account")) {
            open(path);
            $("main").should(exist);
            if (pageOverflow() > 0) {
                wide.add(path + " overflows by " + pageOverflow() + " px");
            }
        }
        open(question);
        if (pageOverflow() > 0) {
            wide.add(question + " overflows by " + pageOverflow() + " px");
        }
        assertThat(wide).isEmpty();
    }

    @Test
    void theClockSaveStateAndSubmitStayInViewWhileTyping() {
        signUp("Sam Sticky", "sam@example.com");
        phone();
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
        $("#answer").setValue("A long answer. ".repeat(400));
        $("#answer").click();
        Selenide.executeJavaScript("document.getElementById('answer').scrollIntoView({block: 'center'});");
        boolean inView = Selenide.executeJavaScript(
                "const r = document.getElementById('submit-answer').getBoundingClientRect();"
                        + "const c = document.getElementById('save-state').getBoundingClientRect();"
                        + "return r.bottom <= window.innerHeight && r.top >= 0 && c.bottom <= window.innerHeight && c.top >= 0;");
        assertThat(inView).as("Submit and the save state are on screen while the answer is long").isTrue();
        $("#clock").shouldBe(visible);
    }

    @Test
    void anOpenDrillIsResumedFromTheDashboardNotStartedTwice() {
        signUp("Rae Resume", "rae@example.com");
        open("/");
        $("#start-gap-drill").click();
        $("#answer").should(exist);
        open("/");
        $("#resume-gap-drill").shouldHave(text("Resume the gap drill"));
        $("#start-gap-drill").shouldNot(exist);
        $$("a.button").findBy(text("Resume")).should(exist);
        $("#resume-gap-drill").click();
        $("#answer").should(exist);
    }

    @Test
    void theBankFindsQuestionsAndDrillsTheTickedOnes() {
        signUp("Bo Bank", "bo@example.com");
        open("/bank");
        $("#bank-kind").selectOptionByValue("follow-up");
        $("#bank-filter").click();
        $("#bank-count").shouldHave(text("match"));
        $$(".bank-list input[name=pick]").get(0).click();
        $$(".bank-list input[name=pick]").get(1).click();
        $("#start-picked").click();
        $(".eyebrow").shouldHave(text("Question 1 of 2"));
    }

    @Test
    void anEmptyAnswerAsksBeforeSkippingAndTheSkipIsNeverGraded() {
        signUp("Eli Empty", "eli@example.com");
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
        $("#submit-answer").click();
        $("#answer-error").shouldHave(text("Your answer is empty"));
        $("#skip-question").click();
        $(".notice").shouldHave(text("Skipped"));
        $(".eyebrow").shouldHave(text("Question 2 of"));
    }
}
