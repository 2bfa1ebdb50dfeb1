package vn.htxso.insights;

import java.util.Locale;

/**
 * Geometry of the small server-rendered SVG chart of a product's outlook (the CSP allows no script or inline style):
 * the last weeks of sales as a line, the forecast as a dashed line and its 80 % interval as a band.
 */
public record OutlookChart(int width, int height, String history, String forecast, String band, int dividerX,
                           long maxValue) {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    static final int PAD = 6;
    /** Weeks of history drawn before the forecast. */
    static final int SHOWN_WEEKS = 26;

    static OutlookChart of(double[] historyValues, Forecast forecast) {
        int shown = Math.min(SHOWN_WEEKS, historyValues.length);
        int offset = historyValues.length - shown;
        int steps = forecast == null ? 0 : forecast.forecast().size();
        double max = 1;
        for (int i = offset; i < historyValues.length; i++) {
            max = Math.max(max, historyValues[i]);
        }
        if (forecast != null) {
            for (Forecast.Step s : forecast.forecast()) {
                max = Math.max(max, s.high());
            }
        }
        int points = Math.max(2, shown + steps);
        double dx = (WIDTH - 2.0 * PAD) / (points - 1);
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            point(history, PAD + i * dx, y(historyValues[offset + i], max));
        }
        double lastX = PAD + (shown - 1) * dx;
        double lastY = shown == 0 ? y(0, max) : y(historyValues[historyValues.length - 1], max);
        StringBuilder line = new StringBuilder();
        StringBuilder band = new StringBuilder();
        if (forecast != null) {
            point(line, lastX, lastY);
            point(band, lastX, lastY);
            for (Forecast.Step s : forecast.forecast()) {
                point(line, lastX + s.step() * dx, y(s.value(), max));
                point(band, lastX + s.step() * dx, y(s.high(), max));
            }
            for (int k = forecast.forecast().size() - 1; k >= 0; k--) {
                Forecast.Step s = forecast.forecast().get(k);
                point(band, lastX + s.step() * dx, y(s.low(), max));
            }
        }
        return new OutlookChart(WIDTH, HEIGHT, history.toString().strip(), line.toString().strip(),
                band.toString().strip(), (int) Math.round(lastX), Math.round(max));
    }

    private static double y(double value, double max) {
        return HEIGHT - PAD - value / max * (HEIGHT - 2.0 * PAD);
    }

    private static void point(StringBuilder out, double x, double y) {
        out.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
}
