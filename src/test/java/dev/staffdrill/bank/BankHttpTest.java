package dev.staffdrill.bank;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank browser: search and filters, the learner's standing, and drilling any selection. */
class BankHttpTest {
    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();
    TestClient learner;

    @BeforeEach
    void signUp() {
        learner = server.client().signUp("ada@example.com", "correct horse battery");
    }

    private static int matches(String body) {
        Matcher m = Pattern.compile("id=\"bank-count\"><strong>(\\d+)</strong>").matcher(body);
        assertThat(m.find()).as("count line in %s", body).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void everyQuestionIsListedAndFiltersNarrowTheList() {
        int all = matches(learner.get("/bank").body());
        long inBank = server.app().content().bank().questions().size();
        assertThat(all).isEqualTo(inBank).isPositive();

        int followUps = matches(learner.get("/bank?kind=follow-up").body());
        long expectedFollowUps = server.app().content().bank().questions().stream().filter(q -> q.kind().followUp()).count();
        assertThat(followUps).isEqualTo(expectedFollowUps).isLessThan(all);

        var any = server.app().content().bank().questions().get(0);
        String byId = learner.get("/bank?q=" + any.id()).body();
        assertThat(matches(byId)).isEqualTo(1);
        assertThat(byId).contains("data-question=\"" + any.id() + "\"").contains("never tried");

        assertThat(matches(learner.get("/bank?q=no-such-thing-anywhere").body())).isZero();
        // A value that is not on the menu is ignored, not an error page.
        assertThat(learner.get("/bank?chapter=abc&minutes=-4&status=bogus").status()).isEqualTo(200);
    }

    @Test
    void statusFiltersFollowTheLearnersOwnAnswers() {
        assertThat(matches(learner.get("/bank?status=WEAK").body())).isZero();
        assertThat(matches(learner.get("/bank?status=NEVER").body()))
                .isEqualTo(server.app().content().bank().questions().size());
    }

    @Test
    void tickedQuestionsStartAsOneDrillInListOrder() {
        var qs = server.app().content().bank().questions();
        var started = learner.post("/bank/start", "pick", qs.get(1).id(), "pick", qs.get(0).id());
        assertThat(started.status()).isEqualTo(303);
        long drill = Long.parseLong(started.location().replace("/drills/", ""));
        assertThat(server.query(String.class, "SELECT question_id FROM attempt WHERE drill_id = ? AND position = 0", drill))
                .isEqualTo(qs.get(1).id());
        assertThat(server.query(Long.class, "SELECT COUNT(*) FROM attempt WHERE drill_id = ?", drill)).isEqualTo(2);
        assertThat(server.query(String.class, "SELECT mode FROM drill WHERE id = ?", drill)).isEqualTo("PICK");
    }

    @Test
    void aRowsOwnStartButtonStartsJustThatQuestion() {
        var qs = server.app().content().bank().questions();
        var started = learner.post("/bank/start", "pick", qs.get(0).id(), "only", qs.get(2).id(), "clock", "off");
        long drill = Long.parseLong(started.location().replace("/drills/", ""));
        assertThat(server.query(String.class, "SELECT question_id FROM attempt WHERE drill_id = ?", drill)).isEqualTo(qs.get(2).id());
        assertThat(server.query(Boolean.class, "SELECT timed FROM drill WHERE id = ?", drill)).isFalse();
    }

    @Test
    void nothingPickedOrUnknownIdsChangeNothingAndSayWhy() {
        var none = learner.post("/bank/start", "status", "NEVER");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Pick at least one question first.");
        assertThat(learner.post("/bank/start", "pick", "no-such-question").status()).isEqualTo(400);
        assertThat(server.query(Long.class, "SELECT COUNT(*) FROM drill")).isZero();
    }
}
