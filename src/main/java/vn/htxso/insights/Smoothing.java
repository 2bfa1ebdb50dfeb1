package vn.htxso.insights;

/**
 * The exponential-smoothing family, written out by hand because no maintained JVM library offers ETS (domain notes).
 * Parameters are chosen by a small grid search minimising the in-sample sum of squared one-step errors; the grids are
 * fixed so that the same series always gives the same forecast. Each method returns its {@link Fit}.
 */
final class Smoothing {

    private static final double[] ALPHAS = grid(0.05, 0.95, 0.05);
    private static final double[] BETAS = {0.01, 0.05, 0.1, 0.2, 0.3};
    private static final double[] PHIS = {0.8, 0.85, 0.9, 0.95, 0.98};
    private static final double[] HW_ALPHAS = grid(0.05, 0.95, 0.1);
    private static final double[] HW_BETAS = {0.01, 0.05, 0.1, 0.2};
    private static final double[] HW_GAMMAS = {0.05, 0.1, 0.2, 0.3, 0.5};

    private Smoothing() {
    }

    // ---- naive and seasonal naive -------------------------------------------------------------------------------

    static Fit naive(double[] y, int h) {
        int n = y.length;
        double sse = 0;
        for (int t = 1; t < n; t++) {
            sse += sq(y[t] - y[t - 1]);
        }
        double[] f = new double[h];
        double[] spread = new double[h];
        for (int k = 1; k <= h; k++) {
            f[k - 1] = y[n - 1];
            spread[k - 1] = Math.sqrt(k);
        }
        return new Fit(ForecastMethod.NAIVE, f, rms(sse, n - 1), spread);
    }

    static Fit seasonalNaive(double[] y, int h, int m) {
        int n = y.length;
        double sse = 0;
        for (int t = m; t < n; t++) {
            sse += sq(y[t] - y[t - m]);
        }
        double[] f = new double[h];
        double[] spread = new double[h];
        for (int k = 1; k <= h; k++) {
            f[k - 1] = y[n - m + (k - 1) % m];
            spread[k - 1] = Math.sqrt((k - 1) / m + 1);
        }
        return new Fit(ForecastMethod.SEASONAL_NAIVE, f, rms(sse, n - m), spread);
    }

    // ---- simple exponential smoothing, ETS(A,N,N) -----------------------------------------------------------------

    static Fit ses(double[] y, int h) {
        double best = Double.POSITIVE_INFINITY;
        double alpha = ALPHAS[0];
        for (double a : ALPHAS) {
            double sse = sesSse(y, a);
            if (sse < best) {
                best = sse;
                alpha = a;
            }
        }
        return ses(y, h, alpha);
    }

    /** SES with level initialised to the first value; one-step errors from the second value on. */
    static Fit ses(double[] y, int h, double alpha) {
        double level = sesLevel(y, alpha);
        double[] f = new double[h];
        double[] spread = new double[h];
        for (int k = 1; k <= h; k++) {
            f[k - 1] = level;
            spread[k - 1] = Math.sqrt(1 + (k - 1) * alpha * alpha);
        }
        return new Fit(ForecastMethod.SES, f, rms(sesSse(y, alpha), y.length - 1), spread);
    }

    static double sesLevel(double[] y, double alpha) {
        double level = y[0];
        for (int t = 1; t < y.length; t++) {
            level += alpha * (y[t] - level);
        }
        return level;
    }

    private static double sesSse(double[] y, double alpha) {
        double level = y[0];
        double sse = 0;
        for (int t = 1; t < y.length; t++) {
            double e = y[t] - level;
            sse += e * e;
            level += alpha * e;
        }
        return sse;
    }

    // ---- damped trend, ETS(A,Ad,N) --------------------------------------------------------------------------------

    static Fit dampedHolt(double[] y, int h) {
        double best = Double.POSITIVE_INFINITY;
        double[] chosen = null;
        for (double a : ALPHAS) {
            for (double b : BETAS) {
                if (b > a) {
                    continue;
                }
                for (double phi : PHIS) {
                    double sse = dampedHolt(y, a, b, phi, null);
                    if (sse < best) {
                        best = sse;
                        chosen = new double[] {a, b, phi};
                    }
                }
            }
        }
        return dampedHolt(y, h, chosen[0], chosen[1], chosen[2]);
    }

    static Fit dampedHolt(double[] y, int h, double alpha, double beta, double phi) {
        double[] state = new double[2];
        double sse = dampedHolt(y, alpha, beta, phi, state);
        double[] f = new double[h];
        double[] spread = new double[h];
        double phiSum = 0;
        double variance = 1;
        for (int k = 1; k <= h; k++) {
            phiSum += Math.pow(phi, k);
            f[k - 1] = state[0] + phiSum * state[1];
            spread[k - 1] = Math.sqrt(variance);
            // c_k = alpha + alpha * beta * phi * (1 - phi^k) / (1 - phi)
            double c = alpha + alpha * beta * phi * (1 - Math.pow(phi, k)) / (1 - phi);
            variance += c * c;
        }
        return new Fit(ForecastMethod.DAMPED_HOLT, f, rms(sse, y.length - 2), spread);
    }

    /** Level from the first value, trend from the first difference; one-step errors from the third value on. */
    private static double dampedHolt(double[] y, double alpha, double beta, double phi, double[] state) {
        double level = y[1];
        double trend = y[1] - y[0];
        double sse = 0;
        for (int t = 2; t < y.length; t++) {
            double forecast = level + phi * trend;
            double e = y[t] - forecast;
            sse += e * e;
            double previous = level;
            level = forecast + alpha * e;
            trend = beta * (level - previous) + (1 - beta) * phi * trend;
        }
        if (state != null) {
            state[0] = level;
            state[1] = trend;
        }
        return sse;
    }

    // ---- additive Holt-Winters, ETS(A,A,A) ------------------------------------------------------------------------

    static Fit holtWinters(double[] y, int h, int m) {
        double best = Double.POSITIVE_INFINITY;
        double[] chosen = null;
        for (double a : HW_ALPHAS) {
            for (double b : HW_BETAS) {
                for (double g : HW_GAMMAS) {
                    double sse = holtWinters(y, m, a, b, g, null);
                    if (sse < best) {
                        best = sse;
                        chosen = new double[] {a, b, g};
                    }
                }
            }
        }
        return holtWinters(y, h, m, chosen[0], chosen[1], chosen[2]);
    }

    static Fit holtWinters(double[] y, int h, int m, double alpha, double beta, double gamma) {
        double[] season = new double[m];
        double[] state = new double[2];
        double sse = holtWinters(y, m, alpha, beta, gamma, state, season);
        int n = y.length;
        double[] f = new double[h];
        double[] spread = new double[h];
        double variance = 1;
        for (int k = 1; k <= h; k++) {
            f[k - 1] = state[0] + k * state[1] + season[(n + k - 1) % m];
            spread[k - 1] = Math.sqrt(variance);
            double c = alpha * (1 + k * beta) + (k % m == 0 ? gamma : 0);
            variance += c * c;
        }
        return new Fit(ForecastMethod.HOLT_WINTERS, f, rms(sse, n - m), spread);
    }

    private static double holtWinters(double[] y, int m, double alpha, double beta, double gamma, double[] state) {
        return holtWinters(y, m, alpha, beta, gamma, state, new double[m]);
    }

    /**
     * Start from the first two seasons (as NIST/SEMATECH e-Handbook 6.4.3.5, additive form): trend = difference of
     * their means / m (the average of (y[m+i] − y[i]) / m); the first season's mean sits at its middle period, so the
     * level at its last period is that mean + (m − 1)/2 · trend, and each seasonal term is the value minus the trend
     * line there. An exact "line + fixed season" series is therefore reproduced with zero error. Updates from
     * period m on. Needs two full seasons.
     * {@code season[t % m]} holds the seasonal term of period t.
     */
    static double holtWinters(double[] y, int m, double alpha, double beta, double gamma, double[] state,
                              double[] season) {
        double first = 0;
        double second = 0;
        for (int i = 0; i < m; i++) {
            first += y[i];
            second += y[m + i];
        }
        first /= m;
        second /= m;
        double trend = (second - first) / m;
        double level = first + (m - 1) / 2.0 * trend;
        for (int i = 0; i < m; i++) {
            season[i] = y[i] - (first + (i - (m - 1) / 2.0) * trend);
        }
        double sse = 0;
        for (int t = m; t < y.length; t++) {
            double s = season[t % m];
            double forecast = level + trend + s;
            double e = y[t] - forecast;
            sse += e * e;
            double previous = level;
            level = alpha * (y[t] - s) + (1 - alpha) * (level + trend);
            trend = beta * (level - previous) + (1 - beta) * trend;
            season[t % m] = gamma * (y[t] - level) + (1 - gamma) * s;
        }
        if (state != null) {
            state[0] = level;
            state[1] = trend;
        }
        return sse;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    static double rms(double sse, int count) {
        return count <= 0 ? 0 : Math.sqrt(sse / count);
    }

    static double sq(double x) {
        return x * x;
    }

    static double[] grid(double from, double to, double step) {
        int count = (int) Math.round((to - from) / step) + 1;
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Math.round((from + i * step) * 1000) / 1000.0;
        }
        return values;
    }
}
