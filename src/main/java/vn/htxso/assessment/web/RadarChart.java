package vn.htxso.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A radar chart drawn on the server as SVG coordinates (presentation attributes only; no inline style). One axis per
 * dimension, rings at 20 % steps, the polygon of percentages.
 */
record RadarChart(int size, List<Axis> axes, List<String> rings, String polygon, String previousPolygon) {

    static final int SIZE = 300;
    static final double CENTRE = 150;
    static final double RADIUS = 110;

    static RadarChart of(List<Double> percents, List<Double> previous) {
        return of(percents, previous, null);
    }

    /**
     * @param names the axes' names (the dimensions'), written at their ends in at most two lines; {@code null}: the
     *              axes are numbered
     */
    static RadarChart of(List<Double> percents, List<Double> previous, List<String> names) {
        int n = percents.size();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point end = point(i, n, 100);
            Point label = point(i, n, 116);
            List<String> lines = names == null ? List.of(String.valueOf(i + 1)) : lines(names.get(i));
            String anchor = label.x() > CENTRE + 8 ? "start" : label.x() < CENTRE - 8 ? "end" : "middle";
            // labels above the centre grow upwards, so that two lines never cross the chart
            double y = label.y() + 4 - (label.y() < CENTRE - 8 ? 14 * (lines.size() - 1) : 0);
            axes.add(new Axis(i + 1, fmt(end.x()), fmt(end.y()), fmt(label.x()), fmt(y), anchor, lines));
        }
        List<String> rings = new ArrayList<>();
        for (int r = 20; r <= 100; r += 20) {
            List<Double> ring = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ring.add((double) r);
            }
            rings.add(points(ring));
        }
        return new RadarChart(SIZE, axes, rings, points(percents), previous == null ? null : points(previous));
    }

    private static String points(List<Double> percents) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < percents.size(); i++) {
            Point p = point(i, percents.size(), Math.max(0, Math.min(100, percents.get(i))));
            s.append(i == 0 ? "" : " ").append(fmt(p.x())).append(',').append(fmt(p.y()));
        }
        return s.toString();
    }

    private record Point(double x, double y) {
    }

    private static Point point(int i, int n, double percent) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * percent / 100;
        return new Point(CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A name in at most two lines of about 16 characters, cut at spaces. */
    static List<String> lines(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.length && (first.length() == 0 || first.length() + 1 + words[i].length() <= 16)) {
            first.append(first.length() == 0 ? "" : " ").append(words[i++]);
        }
        if (i == words.length) {
            return List.of(first.toString());
        }
        return List.of(first.toString(), String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
    }

    record Axis(int number, String x, String y, String labelX, String labelY, String anchor, List<String> lines) {
    }
}
