package dev.staffdrill.design;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records of the open design round's templates, one per root template. */
public final class OpenRoundPages {
    private OpenRoundPages() {
    }

    /**
     * The round while it runs. {@code value} of a fact is "" until it is asked; which facts are
     * "ask first" is not on this page at all, since that is what the round judges.
     */
    public record RoundPage(Shell shell, long attemptId, long drillId, String title, String chapterLabel,
                            String briefHtml, List<FactRow> facts, int asked, String answer, int revision,
                            boolean timed, long remainingMillis, int maxChars, String error, boolean offerSkip) {
    }

    public record FactRow(String id, String label, boolean asked, String value, int seq, boolean beforeDesign) {
    }

    /** The scoping panel on the result page: the verdict, the asks in order, then every fact. */
    public record ScopingView(Scoping scoping, List<RevealedFact> facts) {
    }

    public record RevealedFact(String label, String value, boolean askFirst, boolean asked) {
    }
}
