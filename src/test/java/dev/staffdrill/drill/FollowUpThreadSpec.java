package dev.staffdrill.drill;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.BrowserSpec;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.ThreadFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.refresh;
import static org.assertj.core.api.Assertions.assertThat;

/** A mock drill where the interviewer pushes back: the learner replies, and nothing is lost on the way. */
class FollowUpThreadSpec extends BrowserSpec {
    static final Path CONTENT = ThreadFixtures.content();
    static final String ANSWER = "The replica in zone B cannot be promoted automatically because the witness died "
            + "with the primary, so we page the on-call and promote by hand.";

    @BeforeAll
    static void contentWithProbes() {
        restartServer("--content-dir", CONTENT.toString());
    }

    private static void startMockDrill() {
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
    }

    private static void answer(String text) {
        $("#answer").setValue(text);
        $("#submit-answer").click();
    }

    @Test
    void theInterviewerPushesOnWhatTheAnswerLacksAndTheThreadIsGradedAsAWhole() {
        signUp("Grace", "grace@example.com");
        startMockDrill();
        String question = $("h1").getText();
        answer(ANSWER);

        // The probe arrives at once and pushes on a signal the offline check finds missing from the answer.
        $("#probe").shouldBe(visible);
        String signal = $("#probe").getAttribute("data-signal");
        ContentBank bank = ContentLoader.load(CONTENT);
        var q = bank.questions().stream().filter(x -> x.title().equals(question)).findFirst().orElseThrow();
        assertThat(new OfflineGrader().grade(bank.rubric(), q, ANSWER).dimensions().stream()
                .flatMap(d -> d.signalsMissing().stream())).contains(signal);
        $(".thread").shouldHave(text(ANSWER.substring(0, 40)));

        // Half a reply survives a reload and a server restart, and the clock keeps its deadline.
        $("#answer").setValue("Every writer among the 2M daily users fails for about 20 minutes");
        $("#save-state").shouldHave(attribute("data-state", "saved"));
        long before = Long.parseLong($("#clock").getAttribute("data-remaining-ms"));
        refresh();
        $("#answer").shouldHave(value("Every writer among the 2M daily users fails for about 20 minutes"));
        restartServer("--content-dir", CONTENT.toString());
        refresh();
        $("#answer").shouldHave(value("Every writer among the 2M daily users fails for about 20 minutes"));
        assertThat(Long.parseLong($("#clock").getAttribute("data-remaining-ms"))).isPositive().isLessThanOrEqualTo(before);

        $("#submit-answer").click();
        $("#probe").shouldHave(attribute("data-turn", "2"));
        $$(".thread .turn.learner").shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        answer("Writes queue in a durable outbox and the page says confirming, so no order is taken twice.");

        $("h1").shouldHave(text("How did you do"));
        $$("input[value=MODERATE]").asFixedIterable().forEach(r -> r.click());
        $("form[action$='/rate'] button[type=submit]").click();
        $("#thread").shouldHave(text("Under pushback")).shouldHave(text("follow-up 2"))
                .shouldHave(text("Writes queue in a durable outbox"));
        // Graded once, as a whole, on the dimension this question targets (the drill's order is shuffled).
        String dimension = bank.rubric().dimension(q.dimensions().get(0)).orElseThrow().name();
        $(".grade-panel").shouldHave(text(dimension), Duration.ofSeconds(15));
    }

    @Test
    void theClockSubmitsAReplyLikeAnyAnswer() {
        restartServer("--content-dir", CONTENT.toString(), "--drill-seconds", "15", "--grace-seconds", "5");
        try {
            signUp("Hopper", "hopper@example.com");
            startMockDrill();
            answer(ANSWER);
            $("#probe").shouldBe(visible);
            $("#answer").setValue("Reads stay up from zone B while writes");
            // No click: at zero the page sends the reply as it stands, and the interviewer moves on.
            $("#probe").shouldHave(attribute("data-turn", "2"), Duration.ofSeconds(30));
            $(".notice").shouldHave(text("Time is up"));
            String reply = TestApp.query(app, String.class, "SELECT reply FROM probe_turn WHERE turn = 1 ORDER BY asked_at DESC LIMIT 1");
            String reason = TestApp.query(app, String.class, "SELECT reply_reason FROM probe_turn WHERE turn = 1 ORDER BY asked_at DESC LIMIT 1");
            assertThat(reply).isEqualTo("Reads stay up from zone B while writes");
            assertThat(reason).isEqualTo("TIME_LIMIT");
        } finally {
            restartServer("--content-dir", CONTENT.toString());
        }
    }
}
