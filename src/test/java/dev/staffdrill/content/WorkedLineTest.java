package dev.staffdrill.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkedLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "400 orders/day × 42 day ≈ 16,800 orders",
            "16,800 × $60 ≈ $1M",
            "175K req/s × 2 KB ≈ 350 MB/s",
            "350 MB/s × 86,400 s/day × 30 day ≈ 907 TB",
            "0.999 ^ 200 ≈ 0.819          # probability arithmetic works too",
            "2/3 × 175000 × 2 KB × 86400 × 30 ≈ 605 TB",
            "175K req/s × 86,400 s ≈ 15.1B",
            "1.2e6 × 0.5 = 600K",
            "$0.09/GB × 120 TB ≈ $10.8K",
            "120 TB × 0.09 $/GB ≈ $10.8K",
            "30% × 1,000 = 300",
            "0.1% × 2M orders/day = 2K orders/day",
            "5 min = 300 s",
            "1 month = 30 days",
            "1 year ≈ 8,760 h",
            "3B ≈ 3,000M",
            "3 B = 3 B",
            "70 ms + 20 ms = 90 ms",
            "(310 − 90) ms / 310 ms ≈ 71%",
            "1 − 0.999 ^ 3 ≈ 0.3%",
            "$36K/month × 12 month ≈ $432K",
            "1M writes/s / 100 shards = 10K writes/s",
            "2 × 1.5M users ≈ 3M users",
            "$150K/month − $5K/month = $145K/month",
            "1 / 3 ≈ 33%",
            "-5 + 10 = 5",
    })
    void rightLinesPass(String line) {
        assertThat(WorkedLine.check(line)).as(line).isEmpty();
    }

    @Test
    void aWrongNumberIsReportedInTheRightSidesOwnUnits() {
        assertThat(WorkedLine.check("350 MB/s × 86,400 s/day × 30 day ≈ 600 TB"))
                .contains("350 MB/s × 86,400 s/day × 30 day evaluates to 907.2 TB, not 600 TB (≈ allows 10%)");
        assertThat(WorkedLine.check("16,800 × $60 ≈ $2M")).contains("16,800 × $60 evaluates to $1.008M, not $2M (≈ allows 10%)");
        assertThat(WorkedLine.check("1 / 3 ≈ 50%")).contains("1 / 3 evaluates to 33.33%, not 50% (≈ allows 10%)");
    }

    @Test
    void approximateAllowsTenPercentAndExactOnePercent() {
        assertThat(WorkedLine.check("100 × 1.09 ≈ 100")).isEmpty();
        assertThat(WorkedLine.check("100 × 1.12 ≈ 100")).isPresent();
        assertThat(WorkedLine.check("100 × 1.009 = 100")).isEmpty();
        assertThat(WorkedLine.check("100 × 1.02 = 100")).get().asString().contains("(= allows 1%)");
        assertThat(WorkedLine.check("0 × 5 = 0")).isEmpty();
        assertThat(WorkedLine.check("0 × 5 = 1")).isPresent();
    }

    @Test
    void dimensionMismatchesAreErrorsEvenWhenTheDigitsAgree() {
        assertThat(WorkedLine.check("175K req/s × 2 KB ≈ 350 MB"))
                .contains("175K req/s × 2 KB is in B/s but 350 MB is in B: the units do not match");
        assertThat(WorkedLine.check("16,800 × 60 ≈ $1M")).get().asString().contains("is a count but $1M is in $");
        assertThat(WorkedLine.check("5 min ≈ 5")).get().asString().contains("the units do not match");
        assertThat(WorkedLine.check("3B = 3 B")).get().asString().contains("the units do not match");
        assertThat(WorkedLine.check("10 GB + 5 s ≈ 15")).get().asString().contains("cannot add");
        assertThat(WorkedLine.check("$120/GB × 2 TB ≈ $240K")).isEmpty();
        assertThat(WorkedLine.check("$120/GB × 2 h ≈ $240K")).get().asString().contains("the units do not match");
    }

    @Test
    void linesOutsideTheGrammarAreRejectedWithAReason() {
        assertThat(WorkedLine.check("5min = 300 s")).get().asString().contains("put a space between a number and its unit");
        assertThat(WorkedLine.check("2KB × 3 = 6 KB")).get().asString().contains("put a space");
        assertThat(WorkedLine.check("400 × 42")).get().asString().contains("must be one 'LEFT ≈ RIGHT'");
        assertThat(WorkedLine.check("1 ≈ 1 ≈ 1")).get().asString().contains("must be one");
        assertThat(WorkedLine.check("1 = 1 ≈ 1")).get().asString().contains("must be one");
        assertThat(WorkedLine.check("(1 + 2 ≈ 3")).get().asString().contains("never closed");
        assertThat(WorkedLine.check("1 + ≈ 1")).get().asString().contains("cannot read");
        assertThat(WorkedLine.check("1 / 0 ≈ 1")).get().asString().contains("division by zero");
        assertThat(WorkedLine.check("2 ^ 3 s ≈ 8")).get().asString().contains("exponent must be a plain number");
        assertThat(WorkedLine.check(" ≈ 5")).get().asString().contains("both sides");
    }

    @Test
    void unitsScaleToBaseUnits() {
        assertThat(WorkedLine.evaluate("1 PB").value()).isEqualTo(1e15);
        assertThat(WorkedLine.evaluate("2 weeks").value()).isEqualTo(14 * 86_400.0);
        assertThat(WorkedLine.evaluate("1 year").value()).isEqualTo(365 * 86_400.0);
        assertThat(WorkedLine.evaluate("250 ms").value()).isCloseTo(0.25, within(1e-12));
        assertThat(WorkedLine.evaluate("1.5T").value()).isEqualTo(1.5e12);
        assertThat(WorkedLine.evaluate("12,345,678").value()).isEqualTo(12_345_678.0);
        WorkedLine.Quantity price = WorkedLine.evaluate("$0.02 / GB / month");
        assertThat(price.dimension()).isEqualTo("$/B·s");
        assertThat(WorkedLine.evaluate("2 ^ 3 ^ 2").value()).isEqualTo(512.0); // right-associative
        assertThat(WorkedLine.evaluate("1 + 2 × 3").value()).isEqualTo(7.0);
        assertThat(WorkedLine.evaluate("(1 KB) ^ 2").dimension()).isEqualTo("B^2");
    }
}
