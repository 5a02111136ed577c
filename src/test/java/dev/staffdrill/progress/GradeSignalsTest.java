package dev.staffdrill.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GradeSignalsTest {
    private final GradeSignals signals = new GradeSignals(new ObjectMapper());

    @Test
    void readsTheSignalsFoundPerDimension() {
        var found = signals.found("""
                {"grader":"LLM","dimensions":[
                  {"dimension":"B","level":"STRONG","signalsFound":["failure-timeline","blast-radius"],"signalsMissing":[]},
                  {"dimension":"D","level":"WEAK","signalsFound":[],"signalsMissing":["cost-driver"]}],
                 "offlineCheck":[{"dimension":"B","signalsFound":["partial-failure"]}]}""");
        assertThat(found).containsOnlyKeys("B", "D");
        assertThat(found.get("B")).containsExactly("failure-timeline", "blast-radius"); // the grade, not the offline check
        assertThat(found.get("D")).isEqualTo(Set.of());
    }

    @Test
    void unreadableJsonCountsAsNothingFound() {
        assertThat(signals.found("not json")).isEmpty();
        assertThat(signals.found("{}")).isEmpty();
    }
}
