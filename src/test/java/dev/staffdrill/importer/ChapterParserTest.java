package dev.staffdrill.importer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ChapterParserTest {
    private final ChapterParser parser = new ChapterParser();

    static String fixture(String name) {
        try (InputStream in = ChapterParserTest.class.getResourceAsStream("/importer/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ImportResult parse(String name) {
        return parser.parse(name, fixture(name));
    }

    @Test
    void masterReviewYieldsItsFifteenExercisesInFiveSets() {
        ImportResult r = parse("review-001.md");

        assertThat(r.chapter()).isNull();
        assertThat(r.sections()).containsExactly(Section.REVIEW_EXERCISES);
        assertThat(r.items()).extracting(ImportedItem::title).containsExactly(
                "Cost audit", "Budget constraint redesign", "Cost-driven migration",
                "10× thought experiment", "Bottleneck hunt", "Anti-growth modeling",
                "Ownership debate", "Cross-team failure", "Human error injection",
                "Cascading CAP failure", "Consistency degradation ladder", "Shard failure during rebalance",
                "Argue both sides", "Migration postmortem", "Technology migration");
        assertThat(r.sets()).extracting(ImportedSet::title, s -> s.itemIds().size()).containsExactly(
                tuple("Cost-Focused Exercises", 3), tuple("Scale Stress Tests", 3),
                tuple("Organizational Stress Tests", 3), tuple("Failure Injection Scenarios", 3),
                tuple("Evolution & Migration Debates", 3));
        assertThat(r.items()).allSatisfy(i -> assertThat(i.guidance()).isEmpty());
        assertThat(r.items()).extracting(ImportedItem::kind).containsOnly("exercise", "failure-injection", "trade-off");

        ImportedItem budget = r.items().get(1);
        assertThat(budget.prompt()).isEqualTo("You have $10K/month for infrastructure. Redesign the news feed system "
                + "from Chapter 14 under this constraint. What consistency guarantees do you sacrifice? What "
                + "resilience mechanisms from Chapter 17 do you skip?");
        assertThat(budget.chapter()).isEqualTo(14);
        assertThat(budget.related()).containsExactly(17);
        assertThat(budget.dimensions()).contains("D");
        assertThat(budget.sourceLine()).isEqualTo(360);
        assertThat(r.items().get(0).chapter()).as("names no chapter").isZero();
        assertThat(r.items()).extracting(ImportedItem::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("imp-[a-z0-9-]+") && id.length() <= 120);
    }

    @Test
    void followUpsWithNestedGuidanceAndWrappedQuestions() {
        ImportResult r = parse("followups-numbered.md");

        assertThat(r.chapter()).isEqualTo(16);
        assertThat(r.title()).isEqualTo("Leader Election, Coordination, and Distributed Locks");
        assertThat(r.items()).extracting(ImportedItem::kind, ImportedItem::prompt, ImportedItem::guidance).containsExactly(
                tuple("follow-up", "Your lock service's leader is partitioned away for 40 seconds. What do clients "
                                + "holding locks see, and what stops two of them from writing at once?",
                        "leases are 10 s and every write carries a fencing token that storage checks, so a stale "
                                + "holder's write is rejected.\n- The partitioned leader steps down after one lease period."),
                tuple("follow-up", "Why not use Redis with a TTL instead of a consensus-backed lock service?",
                        "a TTL lock has no fencing; under a failover two holders can both believe they hold it. "
                                + "The cost of a 5-node consensus cluster is the price of correctness."),
                tuple("follow-up", "How many lock acquisitions per second can one cluster take before it becomes the "
                                + "bottleneck, and what do you do at 10× that load?",
                        "- Quote the measured ceiling (about 20K writes/s on 5 nodes) and shard locks by key range beyond it."),
                tuple("follow-up", "Who owns the lock service, and who gets paged when a team's lock hold time spikes "
                        + "from 50 ms to 30 s?", ""));
        assertThat(r.items()).extracting(ImportedItem::id).first().isEqualTo(
                "imp-16-fu-your-lock-service-s-leader-is-partitioned-away-for-40");
        assertThat(r.items()).extracting(ImportedItem::dimensions).containsExactly(
                List.of("B"), List.of("A"), List.of("C"), List.of("E"));
    }

    @Test
    void boldLabelledFollowUpsWithTitlesParagraphGuidanceAndHeadingItems() {
        ImportResult r = parse("followups-bold.md");

        assertThat(r.chapter()).isEqualTo(15);
        assertThat(r.title()).isEqualTo("Replication and Sharding — enrichment");
        assertThat(r.items()).extracting(ImportedItem::title, ImportedItem::prompt, ImportedItem::guidance).containsExactly(
                tuple("A shard's primary dies halfway through a rebalance that has moved 40% of its key range",
                        "A shard's primary dies halfway through a rebalance that has moved 40% of its key range. "
                                + "What do users of the moving keys see in the first 60 seconds?",
                        "The migration journal names which ranges have been cut over. Keys already moved are served "
                                + "by the new owner; the rest fail over to the old shard's replica.\n\n"
                                + "Writes to the moving range pause for at most one lease (10 s); reads stay available."),
                tuple("The hot tenant", "One tenant grows from 2% to 30% of traffic in a quarter. Where does it break first?",
                        "split the tenant onto dedicated shards once it passes 15% of a shard's write budget; the "
                                + "directory service makes that a metadata change."),
                tuple("Should resharding be automatic or need a human to approve it?",
                        "Should resharding be automatic or need a human to approve it?",
                        "automatic within a budget of 2 moves an hour; anything larger pages the storage on-call."),
                tuple("What does cross-region replication cost at 10× today's write volume?",
                        "What does cross-region replication cost at 10× today's write volume?",
                        "Egress dominates: 3 regions × 2 copies × 50 TB/month.\n"
                                + "- Pick async replication for everything except the ledger."));
        assertThat(r.items()).extracting(ImportedItem::group).containsOnly("Interview Follow-Ups This Design Must Survive");
        assertThat(r.items()).extracting(ImportedItem::sourceLine).containsExactly(13, 23, 32, 36);
    }

    @Test
    void part18SubGroupsBecomeKindsAndOtherPartsAreIgnored() {
        ImportResult r = parse("part18-headings.md");

        assertThat(r.items()).extracting(ImportedItem::kind, ImportedItem::title, ImportedItem::group).containsExactly(
                tuple("what-if", "What if message volume grows from 50K/s to 2M/s in one year, with the same consumer fleet?",
                        "“What if X changes?” questions"),
                tuple("what-if", "What if one consumer group must replay 30 days of history while live traffic continues?",
                        "“What if X changes?” questions"),
                tuple("redesign", "Half the budget", "Redesign under new constraints"),
                tuple("redesign", "Single region", "Redesign under new constraints"),
                tuple("failure-injection", "Kill the partition leader", "Failure injection exercises"),
                tuple("failure-injection", "Poison message", "Failure injection exercises"),
                tuple("trade-off", "Argue for and against exactly-once delivery for the billing topic.", "Trade-off debates"));
        assertThat(r.items().get(0).prompt()).isEqualTo("What if message volume grows from 50K/s to 2M/s in one year, "
                + "with the same consumer fleet? Which partition count do you pick now, and what breaks first?");
        assertThat(r.items().get(2).prompt()).isEqualTo("Redesign the pipeline for half the current $80K/month spend. "
                + "Keep p99 end-to-end latency under 2 s.\n- Which retention tier do you cut first?\n"
                + "- What do you stop replicating across regions?");
        assertThat(r.items().get(4).prompt()).isEqualTo(
                "Kill the leader of the busiest partition during a consumer rebalance. Write the timeline for the first 90 seconds.");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.guidance()).isEmpty());
        assertThat(r.sets()).as("only a review's groups become sets").isEmpty();
    }

    @Test
    void part18WithDashHeadingBoldGroupsAndNestedGroupBullets() {
        ImportResult r = parse("part18-dash.md");

        assertThat(r.chapter()).isNull();
        assertThat(r.items()).extracting(ImportedItem::kind, ImportedItem::prompt).containsExactly(
                tuple("what-if", "What if the p99 of the payments dependency goes from 80 ms to 4 s while its error rate stays at 0%?"),
                tuple("failure-injection", "Inject a 30% packet loss between two availability zones for 10 minutes. "
                        + "Which health checks notice, and which keep passing?"),
                tuple("failure-injection", "Pause the metadata service for 45 s during a deploy."),
                tuple("failure-injection", "Fill one node's disk to 100% while it holds 1/8 of the leases."),
                tuple("trade-off", "Debate retries at the client versus retries at the gateway, for a fleet of 3,000 clients."));
        assertThat(r.items()).extracting(ImportedItem::group).containsExactly("What-if questions", "Failure injection",
                "Failure injection exercises", "Failure injection exercises", "Trade-off debates");
        assertThat(r.items()).extracting(ImportedItem::id).first()
                .isEqualTo("imp-part18-dash-p18-what-if-the-p99-of-the-payments-dependency-goes-from-80-ms");
    }

    @Test
    void probesUnderPart16AreFollowUpsAndTheRestOfPart16IsNot() {
        ImportResult r = parse("probes.md");

        assertThat(r.sections()).containsExactly(Section.PART_16_PROBES, Section.PART_18);
        assertThat(r.items()).extracting(ImportedItem::kind, ImportedItem::title, ImportedItem::guidance).containsExactly(
                tuple("follow-up", "What happens when a downstream service slows from 20 ms to 2 s?",
                        "- Strong answers quote the retry budget (10% of requests) and the timeout chain."),
                tuple("follow-up", "They push on idempotency keys: how long do you keep them, and what does that cost?", ""),
                tuple("follow-up", "Asking who owns the retry policy when five teams call the same service.", ""),
                tuple("redesign", "Idempotency for a payment API", ""));
        assertThat(r.items().get(0).prompt()).isEqualTo("\"What happens when a downstream service slows from 20 ms to 2 s?\" "
                + "They want queueing math, not a list of patterns.");
    }

    @Test
    void probesIntroducedByALabelLineOrANestedBullet() {
        ImportResult r = parse("probes-bullets.md");

        assertThat(r.items()).extracting(ImportedItem::prompt).containsExactly(
                "Ask which operations stay available during a partition between two regions, and for how long.",
                "Ask what the CP choice costs in cross-region round trips at 40K writes/s.",
                "Ask how the design behaves when a partition heals after 15 minutes with conflicting writes.");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.kind()).isEqualTo("follow-up"));
    }

    @Test
    void reviewGroupsAsHeadingsOrBoldLinesWithDashedAndWrappedItems() {
        ImportResult r = parse("review-variants.md");

        assertThat(r.items()).extracting(ImportedItem::group, ImportedItem::title).containsExactly(
                tuple("Cost-focused", "Cold tier economics"), tuple("Cost-focused", "Replication factor"),
                tuple("Scale Stress Tests", "Billion small files"), tuple("Scale Stress Tests", "Hot object"),
                tuple("Organizational drills", "Who owns durability?"));
        assertThat(r.items().get(0).prompt()).isEqualTo("Your object store holds 4 PB, 70% of it untouched for a year. "
                + "Price moving it to a cold tier at $0.004/GB-month against the retrieval fees if 2% is read back each month.");
        assertThat(r.items().get(2).prompt()).startsWith("Model what breaks first").endsWith("or the GC?");
        assertThat(r.items().get(2).chapter()).isEqualTo(22);
        assertThat(r.items().get(2).related()).containsExactly(23);
        assertThat(r.sets()).extracting(ImportedSet::id, s -> s.itemIds().size()).containsExactly(
                tuple("imp-review-variants-set-cost-focused", 2), tuple("imp-review-variants-set-scale-stress-tests", 2),
                tuple("imp-review-variants-set-organizational-drills", 1));
    }

    @Test
    void aFileWithNoneOfTheSectionsIsRejectedWithTheHeadingsLookedFor() {
        assertThatThrownBy(() -> parse("no-sections.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("no-sections.md: no importable section found")
                .hasMessageContaining("\"Google L6 Interview Follow-Ups This Design Must Survive\"")
                .hasMessageContaining("\"PART 18: Brainstorming, Exercises & Redesigns\"")
                .hasMessageContaining("\"BRAINSTORMING QUESTIONS & DEEP EXERCISES\"")
                .hasMessageContaining("\"PART 16 … How interviewers probe this system\"");
    }

    @Test
    void theSeedPromptsThemselvesHoldInstructionsNotItems() {
        assertThatThrownBy(() -> parse("prompt-000.md")).isInstanceOf(ImportException.class)
                .hasMessageContaining("found \"Google L6 Interview Follow-Ups This Design Must Survive\" (line 107) but no items");
        assertThatThrownBy(() -> parse("prompt-002.md")).isInstanceOf(ImportException.class);
    }

    @Test
    void anEmptyLabelIsNotAnItem() {
        ImportResult r = parser.parse("ch14.md", """
                # Consistency Models

                ## Interview follow-ups this design must survive

                **Follow-up 1:**

                **Follow-up 2:** What do users see when one replica lags by 30 s?

                3.
                """);
        assertThat(r.chapter()).as("from the file name").isEqualTo(14);
        assertThat(r.items()).extracting(ImportedItem::prompt, ImportedItem::guidance)
                .containsExactly(tuple("What do users see when one replica lags by 30 s?", ""));
    }

    @Test
    void aChapterOverrideWinsOverTheHeadingsOwnNumbering() {
        ImportResult r = parser.parse("Chapter_14.md", "# Chapter 12: Consistency Models\n\n"
                + "## PART 18: Brainstorming, Exercises & Redesigns\n\n- What if reads grow 10×?\n", 14);
        assertThat(r.chapter()).isEqualTo(14);
        assertThat(r.title()).isEqualTo("Consistency Models");
        assertThat(r.items()).extracting(ImportedItem::id, ImportedItem::chapter)
                .containsExactly(tuple("imp-14-p18-what-if-reads-grow-10x", 14));
    }

    @Test
    void headedItemsBareLabelsAndUnindentedGuidanceParagraphs() {
        ImportResult r = parse("headed-items.md");

        assertThat(r.items()).extracting(ImportedItem::kind, ImportedItem::title, ImportedItem::prompt,
                ImportedItem::guidance).containsExactly(
                tuple("follow-up", "How does the queue behave when consumers fall 2 hours behind?",
                        "How does the queue behave when consumers fall 2 hours behind?",
                        "The design sheds low-priority work first and alerts at 10 minutes of lag."),
                tuple("follow-up", "What does the retry budget cost at peak?", "What does the retry budget cost at peak?",
                        "About 10% extra load: 5K extra QPS at a 50K QPS peak."),
                tuple("exercise", "Double the producers", "Producers double overnight. Which limit trips first?", ""),
                tuple("trade-off", "Remove the queue", "Argue whether the queue could be removed entirely for the "
                        + "search path.\n\nA second paragraph that belongs to exercise 2.", ""),
                tuple("exercise", "What breaks first when the producer count doubles?",
                        "What breaks first when the producer count doubles?",
                        "the broker's partition count, at about 4K partitions per cluster."));
        assertThat(r.items()).extracting(ImportedItem::group).first()
                .isEqualTo("Google L6 Interview Follow-Ups This Design Must Survive");
    }

    @Test
    void windowsLineEndingsReadTheSame() {
        String text = fixture("followups-bold.md");
        ImportResult unix = parser.parse("followups-bold.md", text);
        ImportResult windows = parser.parse("followups-bold.md", text.replace("\n", "\r\n"));
        assertThat(windows).isEqualTo(unix);
    }

    @Test
    void titlesLoseEmphasisButKeepSnakeCase() {
        assertThat(ItemText.plain("**Raise** _max_in_flight_requests_ to *5*")).isEqualTo("Raise max_in_flight_requests to 5");
    }
}
