package dev.staffdrill.design;

import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open design round over HTTP, on the fixture item whose round holds six facts (write rate,
 * regions and cost of a lost cart are ask-first), each value tagged SECRET-FACT-….
 */
class OpenRoundHttpTest {
    private static final String PW = "correct horse battery";

    @RegisterExtension
    final RunningApp server = RunningApp.withFixtures();

    /** Starts a round from the start page's form and returns its page path, /rounds/N. */
    static String startRound(TestClient c) {
        var started = c.post("/rounds", "chapter", "14");
        assertThat(started.status()).isEqualTo(303);
        var attempt = c.get(started.location()); // /drills/N sends to the attempt
        assertThat(attempt.location()).matches("/attempts/\\d+");
        var round = c.get(attempt.location()); // the shared question page would show the numbers
        assertThat(round.status()).isEqualTo(303);
        assertThat(round.location()).matches("/rounds/\\d+");
        return round.location();
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private List<Map<String, Object>> asks(String round) {
        return server.app().database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT fact_id, seq, before_design FROM open_round_ask WHERE attempt_id = :a ORDER BY seq")
                .bind("a", id(round)).mapToMap().list());
    }

    private String storedAnswer(String round) {
        return server.app().database().jdbi().withHandle(h -> h.createQuery("SELECT answer FROM attempt WHERE id = :id")
                .bind("id", id(round)).mapTo(String.class).one());
    }

    @Test
    void theStartPageOffersTheRoundAndItsPageShowsTheBriefAndLabelsButNoValue() {
        TestClient ada = server.client().signUp("ada", PW);
        assertThat(ada.get("/drills").body()).contains("Open design round (45 min)").contains("action=\"/rounds\"");
        String round = startRound(ada);
        String page = ada.get(round).body();
        assertThat(page).contains("Your cart service spans several regions").contains("Strong or eventual for the cart")
                .contains("Write rate").contains("Regions").contains("Cost of a lost cart").contains("Existing stack")
                .doesNotContain("SECRET-FACT")
                .doesNotContain("40K writes/s across 3 regions") // the item's own prompt
                .doesNotContain("Argue strong versus eventual for the cart") // the item's own title
                .doesNotContain("ask-first")
                .doesNotContain("SECRET-GUIDANCE").doesNotContain("Eventual with per-cart causal ordering");
        long remaining = Long.parseLong(match(page, "data-remaining-ms=\"(\\d+)\""));
        assertThat(remaining).as("a 45-minute clock, not the item's 20").isBetween(44 * 60_000L, 45 * 60_000L);
        // the round's other views before submitting: no value, no item title
        for (String other : List.of("/history", "/drills/" + match(ada.get("/history").body(), "href=\"/drills/(\\d+)"))) {
            assertThat(ada.get(other).body()).doesNotContain("SECRET-FACT").doesNotContain("Argue strong versus eventual for the cart");
        }
        assertThat(ada.get("/drills/" + match(ada.get("/history").body(), "href=\"/drills/(\\d+)") + "/summary").body())
                .doesNotContain("SECRET-FACT").doesNotContain("Argue strong versus eventual for the cart")
                .contains("Open design round · Strong or eventual for the cart");
        assertThat(ada.get("/attempts/" + id(round) + "/result").status()).isEqualTo(404);
    }

    @Test
    void extendedTimeStretchesTheRoundsClock() {
        TestClient ada = server.client().signUp("ada", PW);
        assertThat(ada.post("/account/accommodation", "timeMultiplier", "1.50").status()).isIn(200, 302, 303);
        String page = ada.get(startRound(ada)).body();
        long remaining = Long.parseLong(match(page, "data-remaining-ms=\"(\\d+)\""));
        assertThat(remaining).isBetween(67 * 60_000L, 67 * 60_000L + 30_000L);
    }

    @Test
    void asksAreRecordedInOrderAndEachRevealsOnlyItsOwnFact() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        var asked = ada.post(round + "/ask", "fact", "regions", "answer", "");
        assertThat(asked.status()).isEqualTo(303);
        assertThat(asked.location()).isEqualTo(round + "#facts");
        String page = ada.get(round).body();
        assertThat(page).contains("SECRET-FACT-REGIONS").doesNotContain("SECRET-FACT-WRITES")
                .doesNotContain("SECRET-FACT-LOSS").doesNotContain("SECRET-FACT-TEAM");

        ada.post(round + "/ask", "fact", "writes", "answer", "");
        ada.post(round + "/ask", "fact", "budget", "answer", "");
        ada.post(round + "/ask", "fact", "regions", "answer", ""); // asked again: nothing new
        assertThat(asks(round)).extracting(r -> r.get("fact_id")).containsExactly("regions", "writes", "budget");
        assertThat(asks(round)).extracting(r -> ((Number) r.get("seq")).intValue()).containsExactly(1, 2, 3);
        assertThat(ada.get(round).body()).contains("SECRET-FACT-REGIONS", "SECRET-FACT-WRITES", "SECRET-FACT-BUDGET")
                .doesNotContain("SECRET-FACT-LOSS").doesNotContain("SECRET-FACT-TEAM").doesNotContain("SECRET-FACT-STACK")
                .contains("3 of 6 facts asked");
    }

    @Test
    void anAskIsBeforeDesigningOnlyWhileNoAnswerTextExists() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        ada.post(round + "/ask", "fact", "writes", "answer", "   ");
        // text the ask carries counts, and is saved with it: nothing typed is lost by asking
        ada.post(round + "/ask", "fact", "regions", "answer", "Eventual for the cart, strong at checkout.");
        assertThat(storedAnswer(round)).isEqualTo("Eventual for the cart, strong at checkout.");
        // and a saved draft counts, whatever the ask carries
        assertThat(ada.post("/attempts/" + id(round) + "/draft", "answer", "Eventual for the cart; merge on conflict.")
                .status()).isEqualTo(200);
        ada.post(round + "/ask", "fact", "team");
        assertThat(asks(round)).extracting(r -> r.get("fact_id"), r -> r.get("before_design")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("writes", true), org.assertj.core.groups.Tuple.tuple("regions", false),
                org.assertj.core.groups.Tuple.tuple("team", false));
        assertThat(storedAnswer(round)).isEqualTo("Eventual for the cart; merge on conflict.");
    }

    @Test
    void revealedFactsAndTheTextStayAfterARestart() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        ada.post(round + "/ask", "fact", "loss-cost", "answer", "");
        ada.post(round + "/ask", "fact", "stack", "answer", "First: the cart write path.");
        String before = match(ada.get(round).body(), "data-remaining-ms=\"(\\d+)\"");
        server.restart();
        String page = ada.get(round).body();
        assertThat(page).contains("SECRET-FACT-LOSS", "SECRET-FACT-STACK", "First: the cart write path.")
                .doesNotContain("SECRET-FACT-WRITES");
        assertThat(Long.parseLong(match(page, "data-remaining-ms=\"(\\d+)\"")))
                .as("the clock runs on the server, across the restart").isLessThanOrEqualTo(Long.parseLong(before));
    }

    @Test
    void theResultJudgesTheScopingAndShowsItAgainLater() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        ada.post(round + "/ask", "fact", "writes", "answer", "");
        ada.post(round + "/ask", "fact", "team", "answer", "");
        ada.post(round + "/ask", "fact", "regions", "answer", "");
        ada.post(round + "/ask", "fact", "budget", "answer", "Eventual for the cart.");
        var submitted = ada.post(round + "/submit", "answer", "Eventual for the cart, strong at checkout; 3 regions.");
        assertThat(submitted.status()).isEqualTo(303);
        String attempt = "/attempts/" + id(round);
        assertThat(submitted.location()).isEqualTo(attempt + "/rate");
        assertThat(ada.get(round).location()).as("the round page now sends to the rating").isEqualTo(attempt + "/rate");
        rateAll(ada, attempt);
        for (int i = 0; i < 2; i++) { // stored, so it reads the same the second time
            String result = ada.get(attempt + "/result").body();
            assertThat(result).contains("Asked 2 of 3 ask-first facts before designing.")
                    .contains("Never asked: Cost of a lost cart")
                    .contains("You also asked 1 other fact before designing")
                    .contains("SECRET-FACT-LOSS").contains("SECRET-FACT-STACK"); // every fact, after submitting
            assertThat(result.indexOf("Write rate · at")).isLessThan(result.indexOf("Team · at"));
            assertThat(result.indexOf("Team · at")).isLessThan(result.indexOf("Regions · at"));
            assertThat(result).contains("Budget · at").containsPattern("Budget · at \\d+:\\d\\d · while designing");
        }
        assertThat(ada.post(round + "/ask", "fact", "loss-cost").status()).as("the round is over").isEqualTo(409);
        assertThat(asks(round)).hasSize(4);
        assertThat(ada.get("/history").body()).contains("Argue strong versus eventual for the cart");
        assertThat(ada.get("/account/export.json").body()).contains("\"openRoundAsks\"")
                .containsPattern("\"fact\"\\s*:\\s*\"Write rate\",\\s*\"order\"\\s*:\\s*1");
    }

    @Test
    void anotherLearnerGetsNotFoundOnEveryRouteAndChangesNothing() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        TestClient bob = server.client().signUp("bob", PW);
        assertThat(bob.get(round).status()).isEqualTo(404);
        assertThat(bob.post(round + "/ask", "fact", "writes", "answer", "").status()).isEqualTo(404);
        assertThat(bob.post(round + "/submit", "answer", "mine now").status()).isEqualTo(404);
        assertThat(bob.get("/attempts/" + id(round)).status()).isEqualTo(404);
        assertThat(asks(round)).isEmpty();
        assertThat(storedAnswer(round)).isEmpty();
        // an ordinary drill's attempt is not a round
        var drill = ada.post("/drills", "mode", "MOCK", "chapter", "14", "count", "1");
        String plain = ada.get(drill.location()).location();
        assertThat(ada.get("/rounds/" + id(plain)).status()).isEqualTo(404);
        assertThat(ada.post("/rounds/" + id(plain) + "/ask", "fact", "writes").status()).isEqualTo(404);
    }

    @Test
    void anAskWithoutTheCsrfTokenIsRefusedAndRecordsNothing() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        assertThat(ada.postWithoutCsrf(round + "/ask", "fact", "writes", "answer", "x").status()).isEqualTo(403);
        assertThat(ada.post(round + "/ask", "fact", "writes", "_csrf", "forged").status()).isEqualTo(403);
        assertThat(ada.postWithoutCsrf(round + "/submit", "answer", "forged").status()).isEqualTo(403);
        assertThat(ada.postWithoutCsrf("/rounds", "chapter", "14").status()).isEqualTo(403);
        assertThat(asks(round)).isEmpty();
        assertThat(storedAnswer(round)).isEmpty();
        assertThat(ada.get(round).body()).doesNotContain("SECRET-FACT");
    }

    @Test
    void anUnknownFactIsAClearErrorThatChangesNothingAndKeepsTheText() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        var bad = ada.post(round + "/ask", "fact", "revenue", "answer", "My draft so far");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("There is no such fact in this round; nothing was asked.")
                .contains("My draft so far").doesNotContain("SECRET-FACT");
        assertThat(ada.post(round + "/ask").status()).isEqualTo(400);
        assertThat(asks(round)).isEmpty();
        assertThat(storedAnswer(round)).isEmpty();
        assertThat(ada.post("/rounds", "chapter", "99").status()).isEqualTo(400);
    }

    @Test
    void anEmptySubmitIsRefusedWithTheRoundStillOnScreen() {
        TestClient ada = server.client().signUp("ada", PW);
        String round = startRound(ada);
        var empty = ada.post(round + "/submit", "answer", " ");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("Your answer is empty").contains("Skip this round").doesNotContain("SECRET-FACT");
    }

    private static void rateAll(TestClient c, String attempt) {
        String rate = c.get(attempt + "/rate").body();
        var form = new java.util.ArrayList<String>();
        for (String d : new String[]{"A", "B", "C", "D", "E"}) {
            if (rate.contains("name=\"level_" + d + "\"")) {
                form.add("level_" + d);
                form.add("MODERATE");
            }
        }
        assertThat(c.post(attempt + "/rate", form.toArray(String[]::new)).status()).isEqualTo(303);
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }
}
