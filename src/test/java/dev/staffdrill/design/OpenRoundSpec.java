package dev.staffdrill.design;

import dev.staffdrill.testing.BrowserSpec;
import org.junit.jupiter.api.Test;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

/** An open design round in a real browser: ask, type, ask again (nothing typed is lost), submit, see the scoping. */
class OpenRoundSpec extends BrowserSpec {

    @Test
    void learnerScopesThenDesignsAndSeesTheVerdict() {
        signUp("Grace", "grace@example.com");
        open("/drills");
        $("#open-round-start button[type=submit]").click();
        $("#brief").shouldHave(text("Your cart service spans several regions"));
        $("#facts").shouldNotHave(text("SECRET-FACT"));
        $("#ask-writes").click();
        $("#fact-writes").shouldHave(text("SECRET-FACT-WRITES"));
        $("#ask-regions").click();
        $("#fact-regions").shouldHave(text("SECRET-FACT-REGIONS"));
        // typed but not yet autosaved: the ask carries it, so the reload shows it again
        $("#answer").setValue("Eventual for the cart; strong only at checkout.");
        $("#ask-budget").click();
        $("#fact-budget").shouldHave(text("SECRET-FACT-BUDGET"));
        $("#answer").shouldHave(value("Eventual for the cart; strong only at checkout."));
        $("#fact-loss-cost").shouldNotHave(text("SECRET-FACT-LOSS"));
        $("#submit-answer").click();
        $("h1").shouldHave(text("How did you do"));
        for (var radio : $$("input[type=radio][value=MODERATE]")) {
            radio.click();
        }
        $("form[action$='/rate'] button[type=submit]").click();
        $("#scoping-verdict").shouldHave(text("Asked 2 of 3 ask-first facts before designing."));
        $("#scoping").shouldHave(text("Never asked: Cost of a lost cart"));
        $("#asks").shouldHave(text("Budget · at"), text("while designing"));
        $("#all-facts").shouldHave(text("SECRET-FACT-LOSS"));
        $("#next").should(exist);
    }
}
