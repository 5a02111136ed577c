package dev.staffdrill.grading.interview;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.Probe;
import dev.staffdrill.content.Question;
import dev.staffdrill.drill.ThreadTurn;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.testing.ThreadFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which authored probe the offline interviewer asks, from the offline check's evidence. */
class OfflineInterviewerTest {
    static final ContentBank BANK = ContentLoader.load(ThreadFixtures.content());
    final OfflineInterviewer interviewer = new OfflineInterviewer(new OfflineGrader(), BANK::rubric);
    final Question witness = BANK.question("14-fu-witness").orElseThrow();

    private static ThreadTurn asked(String signal) {
        return new ThreadTurn(1, 1, signal, "missing", "asked", "", ThreadTurn.AUTHORED, "", null, null, "", 0, null, null, null);
    }

    @Test
    void aTrapTheAnswerWalkedIntoComesFirst() {
        Probe p = interviewer.choose(witness, ThreadFixtures.WITNESS_ANSWER + " Meanwhile clients keep retrying the write.",
                List.of()).orElseThrow();
        assertThat(p.when()).isEqualTo(Probe.When.TRAP);
        assertThat(p.signal()).isEqualTo("partial-failure");
    }

    @Test
    void withoutItsCueATrapIsNeverAskedAndAMissingSignalIs() {
        Probe p = interviewer.choose(witness, ThreadFixtures.WITNESS_ANSWER, List.of()).orElseThrow();
        assertThat(p.when()).isEqualTo(Probe.When.MISSING);
        var missing = new OfflineGrader().grade(BANK.rubric(), witness, ThreadFixtures.WITNESS_ANSWER).dimensions().stream()
                .flatMap(d -> d.signalsMissing().stream()).toList();
        assertThat(missing).contains(p.signal());
    }

    @Test
    void aSignalIsProbedOncePerThreadAndTheTrapStaysUnaskedWithoutItsCue() {
        Probe first = interviewer.choose(witness, ThreadFixtures.WITNESS_ANSWER, List.of()).orElseThrow();
        Probe second = interviewer.choose(witness, ThreadFixtures.WITNESS_ANSWER, List.of(asked(first.signal()))).orElseThrow();
        assertThat(second.signal()).isNotEqualTo(first.signal());
        assertThat(interviewer.choose(witness, ThreadFixtures.WITNESS_ANSWER,
                List.of(asked(first.signal()), asked(second.signal())))).isEmpty(); // only the cue-less trap is left
    }

    @Test
    void anItemWithoutProbesAsksNothing() {
        Question bare = new Question("x", 14, List.of(), witness.kind(), "t", 5, List.of("B"), List.of(), "p", "g", "m", "v", "s");
        assertThat(interviewer.choose(bare, "anything at all", List.of())).isEmpty();
    }
}
