package dev.staffdrill.drill;

import gg.jte.Content;
import dev.staffdrill.web.Shell;

import java.util.List;
import java.util.Map;

/** Page records for the drill templates, one per root template. */
public final class DrillPages {
    private DrillPages() {
    }

    public record Option(String value, String label) {
    }

    public record StartPage(Shell shell, List<ModeCard> modes, List<Option> chapters, List<Option> exercises,
                            List<Option> sets, String lastDrill, String lastDrillUrl, String error) {
    }

    public record ModeCard(String mode, String label, String blurb) {
    }

    public record QuestionPage(Shell shell, long attemptId, long drillId, int position, int total, String title,
                               String chapterLabel, String kindLabel, List<String> dimensionLabels, String promptHtml,
                               String answer, int revision, boolean timed, long remainingMillis, long limitMillis,
                               int maxChars, String error, boolean offerSkip) {
    }

    public record RatePage(Shell shell, long attemptId, String title, List<DimensionChoice> dimensions) {
    }

    public record DimensionChoice(String id, String label, String question, String chosen) {
    }

    public record ResultPage(Shell shell, long attemptId, long drillId, String title, String chapterLabel,
                             String answer, int words, String timeUsed, String submitNote,
                             Map<String, String> selfRatings, Content gradePanel, Content reviewNotes, String guidanceHtml,
                             String modelAnswerHtml, String weakExampleHtml, String moderateExampleHtml,
                             String nextUrl, String nextLabel, boolean readOnly, boolean skipped,
                             List<TurnView> thread, List<String> surfaced, Content modePanel, boolean offerRegrade) {
    }

    /**
     * The follow-up conversation on one question: the answer, each probe and reply so far, and the
     * open probe with its reply box, clock and save state.
     */
    public record ThreadPage(Shell shell, long attemptId, long drillId, int position, int total, String title,
                             String chapterLabel, String promptHtml, String answer, List<TurnView> turns,
                             int openTurn, String signal, String ask, String quote, String reply, int revision, boolean timed,
                             long remainingMillis, int maxChars, String error, boolean offerSkip) {
    }

    /**
     * One closed turn of a thread as the learner reads it back. {@code signal} is the signal the
     * probe tested (shown only after the thread ends); {@code outcome} says what the reply did for it.
     */
    public record TurnView(int turn, String ask, String quote, String reply, String status, String signal,
                           String outcome) {
    }

    public record SummaryPage(Shell shell, long drillId, String title, List<SummaryRow> rows, List<String> dimensions) {
    }

    public record SummaryRow(long attemptId, int position, String title, String timeUsed, String status,
                             Map<String, String> self, Map<String, String> graded) {
    }
}
