package dev.staffdrill.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The L6 rubric: five dimensions, what each level looks like, and the signals that evidence them. */
public record Rubric(String version, int moderateThreshold, int strongThreshold, List<Dimension> dimensions) {

    public record Dimension(String id, String name, String question, Map<Level, String> descriptors,
                            List<Signal> signals) {
        public String label() {
            return id + ". " + name;
        }
    }

    public record Signal(String id, String dimension, String name, String description) {
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Signal> signals() {
        return dimensions.stream().flatMap(d -> d.signals().stream()).toList();
    }

    public Optional<Signal> signal(String id) {
        return signals().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> dimensionIds() {
        return dimensions.stream().map(Dimension::id).toList();
    }
}
