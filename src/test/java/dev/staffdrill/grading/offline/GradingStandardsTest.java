package dev.staffdrill.grading.offline;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.GradingFixtures;
import dev.staffdrill.grading.GuidancePoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What issue-level grading standards mean sentence by sentence: reasoning over headings, natural phrasing, relevance. */
class GradingStandardsTest {
    private static Rubric rubric;
    private static ContentBank bank;
    private static final Question QUESTION = GradingFixtures.question();
    private final OfflineGrader grader = new OfflineGrader();

    @BeforeAll
    static void load() {
        rubric = GradingFixtures.rubric();
        bank = ContentLoader.load(Path.of("content"));
    }

    private DimensionGrade dim(String answer, String d) {
        return grader.grade(rubric, QUESTION, answer).dimension(d).orElseThrow();
    }

    @Test
    void aLabelledFragmentIsNotADecision() {
        assertThat(dim("Decision flips: at higher scale. Trade-off: consistency vs availability vs latency vs cost.",
                "A").signalsFound()).isEmpty();
    }

    @Test
    void judgmentInPlainWordsIsFound() {
        assertThat(dim("I rejected humans as the trigger: 36 min a year, and people hesitate when unsure.", "A")
                .signalsFound()).contains("alternative-rejected");
        assertThat(dim("I'd rather scale the box up this year than shard now, because sharding costs two quarters.",
                "A").signalsFound()).contains("alternative-rejected");
        assertThat(dim("The thing that decides the design is the checkout latency budget, not durability.", "A")
                .signalsFound()).contains("dominant-constraint");
        assertThat(dim("This flips if writes pass 20% of traffic, because hedges would then hit the write path.", "A")
                .signalsFound()).contains("decision-flip");
    }

    @Test
    void theNewSignalsAreDetected() {
        assertThat(dim("The invariant is one active allocator per warehouse, enforced where the write lands.", "A")
                .signalsFound()).contains("invariant-named");
        assertThat(dim("Every extra shard adds another fan-out call, so the tail grows faster than traffic does.", "C")
                .signalsFound()).contains("nonlinear-scaling");
        assertThat(dim("Hedging at p95 costs $9K a month and prevents a 40 ms budget breach on every third page.", "D")
                .signalsFound()).contains("cost-vs-benefit");
        assertThat(dim("The warehouse API team has to agree to enforce the token, so we set a deadline with them.", "E")
                .signalsFound()).contains("cross-team");
    }

    @Test
    void noDimensionNeedsEveryOneOfItsSignalsForStrong() {
        for (Rubric.Dimension d : rubric.dimensions()) {
            assertThat(d.signals().size()).as(d.id()).isGreaterThan(rubric.strongThreshold());
        }
    }

    @Test
    void aListOfHeadingsIsFlaggedAndCappedAtWeak() {
        String list = """
                Partial failure: slow follower, gray failure.
                Blast radius: 30% of users, every checkout.
                Failure timeline: T+0 slow disk, T+30 s writes stall.
                Degradation mode: async replication, read-only.
                Alternative rejected: synchronous quorum.
                Dominant constraint: latency.
                """;
        Grade g = grader.grade(rubric, QUESTION, list);
        assertThat(g.flags()).contains(GradeFlag.LIST_NOT_REASONING.name());
        assertThat(g.dimensions()).allSatisfy(d -> assertThat(d.level()).isLessThanOrEqualTo(Level.WEAK));
        assertThat(grader.grade(rubric, QUESTION, GradingFixtures.answer("staff")).flags())
                .doesNotContain(GradeFlag.LIST_NOT_REASONING.name());
    }

    @Test
    void aDashedListWithoutBulletsOrFullStopsIsAListToo() {
        String list = """
                Partial failure - follower disk slow not dead
                Blast radius - 30% of writes, every checkout
                Timeline - T+0 slow disk, T+30 s writes stall
                Fix - async replication for the slow follower
                Rejected - synchronous quorum (+40 ms)
                """;
        Grade g = grader.grade(rubric, QUESTION, list);
        assertThat(g.flags()).contains(GradeFlag.LIST_NOT_REASONING.name());
        assertThat(g.dimensions()).allSatisfy(d -> assertThat(d.level()).isLessThanOrEqualTo(Level.WEAK));
    }

    @Test
    void feedbackNeverAsksForNumbersBesideQuotedNumbers() {
        for (String name : List.of("generic", "solid", "staff", "stuffed")) {
            for (DimensionGrade d : grader.grade(rubric, QUESTION, GradingFixtures.answer(name)).dimensions()) {
                boolean quotesNumbers = d.evidence().stream().anyMatch(e -> e.quote().matches("(?s).*\\d.*"));
                if (quotesNumbers) {
                    assertThat(d.feedback()).as(name + "/" + d.dimension()).doesNotContain("put numbers on it");
                }
            }
        }
    }

    @Test
    void anAnswerToAnotherQuestionIsOffTopicAndCapped() {
        OfflineGrader withBank = new OfflineGrader(new Relevance(() -> bank));
        Question slowReplica = bank.question("14-fu-slow-replica-not-dead").orElseThrow();
        Question other = bank.question("18-fu-lag-past-retention").orElseThrow();
        Grade off = withBank.grade(bank.rubric(), slowReplica, other.modelAnswer());
        assertThat(off.flags()).contains(GradeFlag.OFF_TOPIC.name());
        assertThat(off.dimensions()).allSatisfy(d -> assertThat(d.level()).isLessThanOrEqualTo(Level.WEAK));
        Grade on = withBank.grade(bank.rubric(), slowReplica, slowReplica.modelAnswer());
        assertThat(on.flags()).doesNotContain(GradeFlag.OFF_TOPIC.name());
    }

    @Test
    void guidancePointsCoveredAreListedBesideTheLevels() {
        OfflineGrader withBank = new OfflineGrader(new Relevance(() -> bank));
        Question q = bank.question("14-fu-slow-replica-not-dead").orElseThrow();
        Grade model = withBank.grade(bank.rubric(), q, q.modelAnswer());
        Grade thin = withBank.grade(bank.rubric(), q, "Add monitoring and replace the slow node when it breaks.");
        assertThat(model.guidancePoints()).hasSize(GuidanceCoverage.bullets(q.guidance()).size());
        assertThat(model.pointsCovered()).isGreaterThan(thin.pointsCovered());
        assertThat(model.guidancePoints()).extracting(GuidancePoint::point).allSatisfy(p ->
                assertThat(p).isNotBlank().hasSizeLessThanOrEqualTo(GuidanceCoverage.LABEL_MAX + 1));
    }
}
