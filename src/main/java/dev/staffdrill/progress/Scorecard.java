package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The L6 readiness scorecard of one learner: dimensions × chapters, plus an overall column, in
 * the shape of the seed review ("Weak→Moderate" when a cell moved). Pure: built from observations.
 */
public record Scorecard(List<Column> columns, List<Row> rows) {

    public record Column(int chapter, String label) {
    }

    public record Dimension(String id, String label) {
    }

    public record Row(Dimension dimension, List<Cell> cells, Cell overall) {
    }

    /** One cell; {@code answers} counts every graded answer behind it, not only the weighted ones. */
    public record Cell(String dimension, int chapter, Optional<Level> level, Optional<Level> previous, int answers,
                       double score) {
        public boolean hasData() {
            return level.isPresent();
        }

        public boolean moved() {
            return previous.isPresent() && level.isPresent() && previous.get() != level.get();
        }

        /** "no data", "Moderate" or "Weak→Moderate". */
        public String text() {
            if (level.isEmpty()) {
                return "no data";
            }
            return moved() ? previous.get().label() + "→" + level.get().label() : level.get().label();
        }

        /** CSS key of the current level, "none" without data. */
        public String key() {
            return level.map(Level::key).orElse("none");
        }
    }

    /**
     * {@code observations} are oldest first, as {@link CurrentLevels#resolve} returns them. Columns
     * are the given chapters plus any chapter that only the history still knows (a removed or
     * renamed chapter keeps its column so that old answers stay visible).
     */
    public static Scorecard build(List<Observation> observations, List<Column> chapters, List<Dimension> dimensions,
                                  Recency recency) {
        Map<Integer, Column> columns = new TreeMap<>();
        chapters.forEach(c -> columns.put(c.chapter(), c));
        observations.forEach(o -> columns.putIfAbsent(o.chapter(), new Column(o.chapter(), "Ch " + o.chapter())));
        Map<String, Map<Integer, List<Level>>> byCell = new LinkedHashMap<>();
        Map<String, List<Level>> byDimension = new LinkedHashMap<>();
        for (int i = observations.size() - 1; i >= 0; i--) { // newest first
            Observation o = observations.get(i);
            byCell.computeIfAbsent(o.dimension(), k -> new TreeMap<>())
                    .computeIfAbsent(o.chapter(), k -> new ArrayList<>()).add(o.level());
            byDimension.computeIfAbsent(o.dimension(), k -> new ArrayList<>()).add(o.level());
        }
        List<Row> rows = new ArrayList<>();
        for (Dimension d : dimensions) {
            Map<Integer, List<Level>> cells = byCell.getOrDefault(d.id(), Map.of());
            List<Cell> row = columns.keySet().stream()
                    .map(ch -> cell(d.id(), ch, cells.getOrDefault(ch, List.of()), recency)).toList();
            rows.add(new Row(d, row, cell(d.id(), 0, byDimension.getOrDefault(d.id(), List.of()), recency)));
        }
        return new Scorecard(List.copyOf(columns.values()), rows);
    }

    static Cell cell(String dimension, int chapter, List<Level> newestFirst, Recency recency) {
        Optional<Double> score = recency.score(newestFirst);
        return new Cell(dimension, chapter, score.map(Recency::level), recency.previous(newestFirst),
                newestFirst.size(), score.orElse(Double.NaN));
    }

    public Optional<Row> row(String dimension) {
        return rows.stream().filter(r -> r.dimension().id().equals(dimension)).findFirst();
    }

    /** Dimensions with data, weakest overall first (ties: fewer answers first, then A–E). */
    public List<Row> weakestFirst() {
        return rows.stream().filter(r -> r.overall().hasData())
                .sorted(Comparator.comparingDouble((Row r) -> r.overall().score())
                        .thenComparingInt(r -> r.overall().answers()).thenComparing(r -> r.dimension().id()))
                .toList();
    }
}
