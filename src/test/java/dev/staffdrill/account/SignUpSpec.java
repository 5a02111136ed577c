package dev.staffdrill.account;

import dev.staffdrill.testing.BrowserSpec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.executeJavaScript;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

/** The server lives for the whole class, so order matters: the first account made here becomes the admin. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignUpSpec extends BrowserSpec {
    static final String PASSWORD = "a long pass phrase";

    @Test
    @Order(1)
    void learnerSignsUpLogsOutAndLogsBackInToTheirHome() {
        open("/");
        $("a[href='/signup'].button").click();
        $("h1").shouldHave(text("Create your account"));
        $(".notice").shouldHave(text("it becomes the admin"));
        $("#displayName").setValue("Grace Hopper");
        $("#username").setValue("grace@example.com");
        $("#password").setValue(PASSWORD);
        $("form[action='/signup'] button[type=submit]").click();

        $(".notice").shouldHave(text("you are the admin"));
        $(".who").shouldHave(text("Grace Hopper"));
        // htmx came from the WebJar and ran under the CSP; app.js too.
        assertThat((String) executeJavaScript("return typeof window.htmx")).isEqualTo("object");
        assertThat((String) executeJavaScript("return window.staffDrill.csrfToken()")).isNotEmpty();

        $("form[action='/logout'] button").click();
        $(".notice").shouldHave(text("You are logged out."));
        $(".who").shouldNot(exist);

        $("nav a[href='/login']").click();
        $("#username").setValue("grace@example.com");
        $("#password").setValue("not the pass phrase");
        $("form[action='/login'] button[type=submit]").click();
        $(".error").shouldHave(text("do not match"));
        $("#password").setValue(PASSWORD);
        $("form[action='/login'] button[type=submit]").click();

        $(".who").shouldHave(text("Grace Hopper"));
        // a signed-in learner's home is their dashboard (progress), with a drill one click away
        $("h1").shouldHave(text("Grace Hopper"));
        $("#start-gap-drill").shouldHave(text("Start the gap drill"));
    }

    @Test
    @Order(2)
    void aLearnerSeesTheirAccountPageButNoAdminLink() {
        open("/signup");
        $("#displayName").setValue("Linus Learner");
        $("#username").setValue("linus");
        $("#password").setValue(PASSWORD);
        $("form[action='/signup'] button[type=submit]").click();
        $(".notice").shouldHave(text("Your account is ready."));
        $("nav a[href='/admin']").shouldNot(exist);
        $(".who").click();
        $("h1").shouldHave(text("Your account"));
        $("main").shouldHave(text("linus · learner"));
    }
}
