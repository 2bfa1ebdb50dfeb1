package vn.htxso.insights;

/**
 * Methods for intermittent demand, by hand (no JVM library offers them): Croston (1972), the Syntetos–Boylan
 * approximation SBA (2005; Croston × (1 − α/2)) and Teunter–Syntetos–Babai TSB (2011). Smoothing constants come from
 * the grid [0.05, 0.3] of the domain notes, chosen by in-sample squared one-step error.
 */
final class Intermittent {

    static final double[] ALPHAS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3};

    private Intermittent() {
    }

    static Fit croston(double[] y, int h, boolean sba) {
        double best = Double.POSITIVE_INFINITY;
        double alpha = ALPHAS[0];
        for (double a : ALPHAS) {
            double sse = croston(y, a, sba)[1];
            if (sse < best) {
                best = sse;
                alpha = a;
            }
        }
        return croston(y, h, alpha, sba);
    }

    static Fit croston(double[] y, int h, double alpha, boolean sba) {
        double[] run = croston(y, alpha, sba);
        return flat(sba ? ForecastMethod.SBA : ForecastMethod.CROSTON, run[0], Smoothing.rms(run[1], (int) run[2]), h,
                alpha);
    }

    /**
     * Croston: size z and interval p start at the first demand (p = its position, counted from 1); at each later
     * demand z += α(y − z), p += α(q − p) with q the periods since the previous demand. Forecast z/p (× (1 − α/2) for
     * SBA), unchanged between demands. Returns {forecast, in-sample SSE, number of errors}.
     */
    static double[] croston(double[] y, double alpha, boolean sba) {
        int first = -1;
        for (int t = 0; t < y.length; t++) {
            if (y[t] > 0) {
                first = t;
                break;
            }
        }
        if (first < 0) {
            return new double[] {0, 0, 0};
        }
        double factor = sba ? 1 - alpha / 2 : 1;
        double z = y[first];
        double p = first + 1;
        int q = 1;
        double sse = 0;
        int count = 0;
        for (int t = first + 1; t < y.length; t++) {
            double forecast = factor * z / p;
            sse += Smoothing.sq(y[t] - forecast);
            count++;
            if (y[t] > 0) {
                z += alpha * (y[t] - z);
                p += alpha * (q - p);
                q = 1;
            } else {
                q++;
            }
        }
        return new double[] {factor * z / p, sse, count};
    }

    static Fit tsb(double[] y, int h) {
        double best = Double.POSITIVE_INFINITY;
        double[] chosen = {ALPHAS[0], ALPHAS[0]};
        for (double a : ALPHAS) {
            for (double b : ALPHAS) {
                double sse = tsb(y, a, b)[1];
                if (sse < best) {
                    best = sse;
                    chosen = new double[] {a, b};
                }
            }
        }
        double[] run = tsb(y, chosen[0], chosen[1]);
        return flat(ForecastMethod.TSB, run[0], Smoothing.rms(run[1], (int) run[2]), h, chosen[1]);
    }

    /**
     * TSB: the probability of a demand d is smoothed every period (d += β(1[y&gt;0] − d)), the size z only at a demand
     * (z += α(y − z)); forecast d·z. Starts at the first demand with z = its size and d = 1 / its position.
     */
    static double[] tsb(double[] y, double alpha, double beta) {
        int first = -1;
        for (int t = 0; t < y.length; t++) {
            if (y[t] > 0) {
                first = t;
                break;
            }
        }
        if (first < 0) {
            return new double[] {0, 0, 0};
        }
        double z = y[first];
        double d = 1.0 / (first + 1);
        double sse = 0;
        int count = 0;
        for (int t = first + 1; t < y.length; t++) {
            sse += Smoothing.sq(y[t] - d * z);
            count++;
            if (y[t] > 0) {
                d += beta * (1 - d);
                z += alpha * (y[t] - z);
            } else {
                d += beta * (0 - d);
            }
        }
        return new double[] {d * z, sse, count};
    }

    /** A flat forecast; its spread grows as SES's would with the same constant (an approximation). */
    private static Fit flat(ForecastMethod method, double value, double sigma, int h, double alpha) {
        double[] f = new double[h];
        double[] spread = new double[h];
        for (int k = 1; k <= h; k++) {
            f[k - 1] = value;
            spread[k - 1] = Math.sqrt(1 + (k - 1) * alpha * alpha);
        }
        return new Fit(method, f, sigma, spread);
    }
}
