package vn.htxso.insights;

/** Accuracy measures of the domain notes. */
final class Accuracy {

    private Accuracy() {
    }

    /**
     * MASE (Hyndman &amp; Koehler 2006): mean absolute error of the forecast over the hold-out, divided by the in-sample
     * mean absolute error of the (seasonal, lag m) naive forecast on the training part. {@code NaN} when that
     * denominator is 0 (a flat history: the metric is "n/a") or the training part is too short.
     */
    static double mase(double[] train, double[] actual, double[] forecast, int m) {
        if (train.length <= m) {
            return Double.NaN;
        }
        double scale = 0;
        for (int t = m; t < train.length; t++) {
            scale += Math.abs(train[t] - train[t - m]);
        }
        scale /= train.length - m;
        if (scale == 0) {
            return Double.NaN;
        }
        double error = 0;
        for (int i = 0; i < actual.length; i++) {
            error += Math.abs(actual[i] - forecast[i]);
        }
        return error / actual.length / scale;
    }
}
