package dev.staffdrill.progress;

import dev.staffdrill.content.Level;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@link Chart}s: levels of one dimension across attempts, and self-rating bias over time. */
final class Charts {
    static final int W = 640;
    static final int H = 190;
    static final int LEFT = 112;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 26;
    static final int MAX_POINTS = 40;
    private static final double R = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Charts() {
    }

    /** The newest answers on one dimension, oldest left; the line is the recency-weighted level after each. */
    static Chart levels(String label, List<Observation> oldestFirst, Recency recency) {
        List<Observation> shown = oldestFirst.subList(Math.max(0, oldestFirst.size() - MAX_POINTS), oldestFirst.size());
        List<Chart.Marker> markers = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int offset = oldestFirst.size() - shown.size();
        for (int i = 0; i < shown.size(); i++) {
            Observation o = shown.get(i);
            double x = x(i, shown.size());
            double y = y(o.level().ordinal(), 0, 3);
            String shape = switch (o.level()) {
                case STRONG -> "circle";
                case MODERATE -> "square";
                case WEAK -> "triangle-down";
                case NOT_ADDRESSED -> "cross";
            };
            markers.add(new Chart.Marker(shape(shape, x, y), shape, "Answer " + (offset + i + 1) + ", " + DAY.format(o.at())
                    + ", Ch " + o.chapter() + ": " + o.level().label() + (o.overridden() ? " (instructor)" : "")));
            List<Level> newestFirst = new ArrayList<>();
            for (int j = offset + i; j >= Math.max(0, offset + i - recency.window() + 1); j--) {
                newestFirst.add(oldestFirst.get(j).level());
            }
            double score = recency.score(newestFirst).orElse(0.0);
            line.append(line.isEmpty() ? "" : " ").append(f(x)).append(',').append(f(y(score, 0, 3)));
        }
        List<Chart.Tick> ticks = List.of(new Chart.Tick(f(y(3, 0, 3)), "Strong"), new Chart.Tick(f(y(2, 0, 3)), "Moderate"),
                new Chart.Tick(f(y(1, 0, 3)), "Weak"), new Chart.Tick(f(y(0, 0, 3)), "Not addressed"));
        return new Chart(label, f(W), f(H), f(LEFT), f(W - RIGHT), ticks, xTicks(shown.size(), offset), line.toString(),
                markers, List.of(new Chart.LegendItem("●", "Strong"), new Chart.LegendItem("■", "Moderate"),
                new Chart.LegendItem("▼", "Weak"), new Chart.LegendItem("✕", "Not addressed"),
                new Chart.LegendItem("—", "weighted level")));
    }

    /** Self-rating minus grade per answer (+ over-confident, − under-confident); the line is the mean of the last five. */
    static Chart bias(String label, List<Calibration.Pair> oldestFirst) {
        List<Calibration.Pair> shown = oldestFirst.subList(Math.max(0, oldestFirst.size() - MAX_POINTS), oldestFirst.size());
        int offset = oldestFirst.size() - shown.size();
        List<Chart.Marker> markers = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            Calibration.Pair p = shown.get(i);
            double x = x(i, shown.size());
            String shape = p.bias() > 0 ? "triangle-up" : p.bias() < 0 ? "triangle-down" : "circle";
            markers.add(new Chart.Marker(shape(shape, x, y(p.bias(), -3, 3)), shape, "Answer " + (offset + i + 1) + ", "
                    + DAY.format(p.at()) + ": you said " + p.self().label() + ", graded " + p.graded().label()));
            int from = Math.max(0, offset + i - 4);
            double mean = Calibration.mean(oldestFirst.subList(from, offset + i + 1));
            line.append(line.isEmpty() ? "" : " ").append(f(x)).append(',').append(f(y(mean, -3, 3)));
        }
        List<Chart.Tick> ticks = List.of(new Chart.Tick(f(y(2, -3, 3)), "+2 over"), new Chart.Tick(f(y(0, -3, 3)), "0 calibrated"),
                new Chart.Tick(f(y(-2, -3, 3)), "−2 under"));
        return new Chart(label, f(W), f(H), f(LEFT), f(W - RIGHT), ticks, xTicks(shown.size(), offset), line.toString(),
                markers, List.of(new Chart.LegendItem("▲", "rated yourself higher"), new Chart.LegendItem("●", "matched"),
                new Chart.LegendItem("▼", "rated yourself lower"), new Chart.LegendItem("—", "mean of the last five")));
    }

    private static List<Chart.Tick> xTicks(int n, int offset) {
        List<Chart.Tick> out = new ArrayList<>();
        if (n > 0) {
            out.add(new Chart.Tick(f(x(0, n)), "answer " + (offset + 1)));
        }
        if (n > 1) {
            out.add(new Chart.Tick(f(x(n - 1, n)), "answer " + (offset + n)));
        }
        return out;
    }

    static double x(int i, int n) {
        double plot = W - LEFT - RIGHT - 2 * R;
        return LEFT + R + (n <= 1 ? plot / 2 : plot * i / (n - 1));
    }

    static double y(double v, double min, double max) {
        double plot = H - TOP - BOTTOM;
        return TOP + plot * (max - v) / (max - min);
    }

    static String shape(String kind, double x, double y) {
        return switch (kind) {
            case "circle" -> "M" + f(x - R) + " " + f(y) + "a" + f(R) + " " + f(R) + " 0 1 0 " + f(2 * R) + " 0a" + f(R) + " "
                    + f(R) + " 0 1 0 " + f(-2 * R) + " 0Z";
            case "square" -> "M" + f(x - R * .85) + " " + f(y - R * .85) + "h" + f(1.7 * R) + "v" + f(1.7 * R) + "h" + f(-1.7 * R) + "Z";
            case "triangle-down" -> "M" + f(x - R) + " " + f(y - R * .8) + "L" + f(x + R) + " " + f(y - R * .8) + "L" + f(x) + " "
                    + f(y + R) + "Z";
            case "triangle-up" -> "M" + f(x - R) + " " + f(y + R * .8) + "L" + f(x + R) + " " + f(y + R * .8) + "L" + f(x) + " "
                    + f(y - R) + "Z";
            default -> "M" + f(x - R) + " " + f(y - R) + "L" + f(x + R) + " " + f(y + R) + "M" + f(x + R) + " " + f(y - R) + "L"
                    + f(x - R) + " " + f(y + R);
        };
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
