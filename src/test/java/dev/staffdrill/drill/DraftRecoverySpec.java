package dev.staffdrill.drill;

import com.codeborne.selenide.Selenide;
import dev.staffdrill.testing.BrowserSpec;
import dev.staffdrill.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser keeps an acknowledged draft until a page shows the server holding that revision: if
 * the server lost it (a crash before its commit reached the file), the page restores and resends it.
 */
class DraftRecoverySpec extends BrowserSpec {
    @Test
    void aDraftTheServerLostAfterAcknowledgingItComesBackFromTheBrowser() {
        signUp("Grace", "grace@example.com");
        open("/drills");
        $("form input[name=mode][value=MOCK]").closest("form").find("button[type=submit]").click();
        $("#answer").setValue("First thought.");
        $("#save-state").shouldHave(attribute("data-state", "saved"), Duration.ofSeconds(10)); // text("Saved") also matches "Unsaved"
        $("#answer").setValue("First thought. Second thought, acknowledged.");
        $("#save-state").shouldHave(attribute("data-state", "saved"), Duration.ofSeconds(10));
        long attempt = TestApp.query(app, Long.class, "SELECT id FROM attempt WHERE answer LIKE '%acknowledged%'");

        // The server loses the last acknowledged save: its older text and revision come back.
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE attempt SET answer = 'First thought.', "
                + "draft_revision = draft_revision - 1 WHERE id = :a").bind("a", attempt).execute());
        Selenide.refresh();
        $("#answer").shouldHave(value("First thought. Second thought, acknowledged."));
        $("#save-state").shouldHave(attribute("data-state", "saved"), Duration.ofSeconds(10));
        assertThat(TestApp.query(app, String.class, "SELECT answer FROM attempt WHERE id = ?", attempt))
                .isEqualTo("First thought. Second thought, acknowledged.");

        // Once a page shows the server holding it, the browser lets its copy go: a newer server text wins.
        Selenide.refresh();
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE attempt SET answer = 'Written in another tab.', "
                + "draft_revision = draft_revision + 1 WHERE id = :a").bind("a", attempt).execute());
        Selenide.refresh();
        $("#answer").shouldHave(value("Written in another tab."));
    }
}
