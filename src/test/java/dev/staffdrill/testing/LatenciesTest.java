package dev.staffdrill.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenciesTest {
    @Test
    void percentilesAreNearestRankInMilliseconds() {
        // 1..100 ms, shuffled: p50 is the 50th sample, p99 the 99th, p100 the largest.
        List<Long> nanos = new java.util.ArrayList<>();
        for (long ms = 100; ms >= 1; ms--) {
            nanos.add(ms * 1_000_000);
        }
        java.util.Collections.shuffle(nanos, new java.util.Random(7));
        Latencies l = Latencies.of(nanos);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.ms(0.5)).isEqualTo(50.0);
        assertThat(l.ms(0.99)).isEqualTo(99.0);
        assertThat(l.ms(1.0)).isEqualTo(100.0);
        assertThat(l.maxMs()).isEqualTo(100.0);
    }

    @Test
    void smallSamplesStayInRange() {
        Latencies one = Latencies.of(new long[]{3_000_000});
        assertThat(one.ms(0.01)).isEqualTo(3.0);
        assertThat(one.ms(0.99)).isEqualTo(3.0);
        assertThat(Latencies.of(new long[]{1_000_000, 2_000_000, 3_000_000}).ms(0.5)).isEqualTo(2.0);
        assertThatThrownBy(() -> Latencies.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
