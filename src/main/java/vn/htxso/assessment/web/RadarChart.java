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
        int n = percents.size();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point end = point(i, n, 100);
            Point label = point(i, n, 122);
            axes.add(new Axis(i + 1, fmt(end.x()), fmt(end.y()), fmt(label.x()), fmt(label.y() + 4)));
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

    record Axis(int number, String x, String y, String labelX, String labelY) {
    }
}
