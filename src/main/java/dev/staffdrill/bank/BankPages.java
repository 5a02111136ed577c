package dev.staffdrill.bank;

import dev.staffdrill.web.Shell;

import java.util.List;

/** Page records for the bank browser. */
public final class BankPages {
    private BankPages() {
    }

    /** {@code query}: the current filter as a query string, so "start" can come back to the same list. */
    public record BankPage(Shell shell, List<Option> chapters, List<Option> dimensions, List<Option> kinds,
                           List<Option> statuses, Selected selected, List<Row> rows, int total, int maxPicked,
                           String error) {
    }

    /** The filter values as the form shows them. */
    public record Selected(String text, String chapter, String dimension, String gap, String kind, String minutes,
                           String status) {
    }

    public record Option(String value, String label) {
    }

    /** {@code standing}: "never tried", "last: Weak · due", …; {@code standingKey} styles it. */
    public record Row(String id, String title, String chapter, String kind, int minutes, String dimensions,
                      String gaps, String standing, String standingKey) {
    }
}
