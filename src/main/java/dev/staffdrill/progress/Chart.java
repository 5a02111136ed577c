package dev.staffdrill.progress;

import java.util.List;

/**
 * Geometry of one server-rendered SVG chart (progress/chart.jte draws it; no script needed).
 * Every point has a shape that says its value and a tooltip title, so it reads without colour.
 * Coordinates are preformatted strings so the template never prints a locale's decimal comma.
 */
public record Chart(String label, String width, String height, String plotLeft, String plotRight,
                    List<Tick> yTicks, List<Tick> xTicks, String line, List<Marker> markers, List<LegendItem> legend) {

    /** A gridline at {@code pos} (y for the value axis, x for the time axis) with its text. */
    public record Tick(String pos, String label) {
    }

    /** One data point: its shape as path data, a CSS kind (the same word as its shape), a title. */
    public record Marker(String d, String kind, String title) {
    }

    public record LegendItem(String symbol, String text) {
    }
}
