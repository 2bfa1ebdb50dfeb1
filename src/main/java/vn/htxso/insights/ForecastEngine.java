package vn.htxso.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Chooses and runs a forecasting method for one series (pure; no Spring). The hold-out is the series' last
 * {@code horizon} values: every candidate is fitted on the values before it and scored by MASE there. The baseline is
 * seasonal naive when the training part holds two full seasons, else naive; a candidate replaces it only with a
 * strictly lower MASE, so the method offered is never worse than the baseline on that hold-out. The chosen method is
 * then refitted on the whole series; the interval is 80 % under normal one-step errors.
 */
final class ForecastEngine {

    static final double Z80 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.9);

    private ForecastEngine() {
    }

    /** The shortest training part (values before the hold-out) a forecast needs. */
    static int minimumTraining(int horizon) {
        return Math.max(5, horizon);
    }

    static Forecast forecast(double[] y, Period period, int horizon) {
        int m = period.season();
        int n = y.length;
        if (n - horizon < minimumTraining(horizon)) {
            throw new IllegalArgumentException("series too short for the horizon");
        }
        double[] train = Arrays.copyOf(y, n - horizon);
        double[] holdOut = Arrays.copyOfRange(y, n - horizon, n);
        boolean seasonal = train.length >= 2 * m;
        ForecastMethod baseline = seasonal ? ForecastMethod.SEASONAL_NAIVE : ForecastMethod.NAIVE;
        int lag = seasonal ? m : 1;
        DemandClass demandClass = Classifier.classify(y);
        double baselineMase = Accuracy.mase(train, holdOut, fit(baseline, train, horizon, m).forecast(), lag);
        ForecastMethod chosen = baseline;
        double chosenMase = baselineMase;
        if (!Double.isNaN(baselineMase)) {
            for (ForecastMethod candidate : candidates(demandClass, train.length, m)) {
                if (candidate == baseline) {
                    continue;
                }
                double mase = Accuracy.mase(train, holdOut, fit(candidate, train, horizon, m).forecast(), lag);
                if (mase < chosenMase) {
                    chosen = candidate;
                    chosenMase = mase;
                }
            }
        }
        Fit fit = fit(chosen, y, horizon, m);
        List<Forecast.Step> steps = new ArrayList<>(horizon);
        for (int k = 1; k <= horizon; k++) {
            double value = fit.forecast()[k - 1];
            double half = Z80 * fit.sigma() * fit.spread()[k - 1];
            steps.add(new Forecast.Step(k, round(Math.max(0, value)), round(Math.max(0, value - half)),
                    round(Math.max(0, value + half))));
        }
        return new Forecast(chosen, nullable(chosenMase), baseline, nullable(baselineMase), demandClass,
                Classifier.nonZero(y), List.copyOf(steps));
    }

    /** Naive always; seasonal naive with one full season; then by demand class (domain notes, method ladder). */
    static List<ForecastMethod> candidates(DemandClass demandClass, int length, int m) {
        List<ForecastMethod> methods = new ArrayList<>();
        methods.add(ForecastMethod.NAIVE);
        if (length > m) {
            methods.add(ForecastMethod.SEASONAL_NAIVE);
        }
        methods.add(ForecastMethod.SES);
        if (demandClass.intermittent()) {
            methods.add(ForecastMethod.CROSTON);
            methods.add(ForecastMethod.SBA);
            methods.add(ForecastMethod.TSB);
        } else {
            if (length >= 4) {
                methods.add(ForecastMethod.DAMPED_HOLT);
            }
            if (length >= 2 * m) {
                methods.add(ForecastMethod.HOLT_WINTERS);
            }
        }
        return methods;
    }

    static Fit fit(ForecastMethod method, double[] y, int h, int m) {
        return switch (method) {
            case NAIVE -> Smoothing.naive(y, h);
            case SEASONAL_NAIVE -> Smoothing.seasonalNaive(y, h, m);
            case SES -> Smoothing.ses(y, h);
            case DAMPED_HOLT -> Smoothing.dampedHolt(y, h);
            case HOLT_WINTERS -> Smoothing.holtWinters(y, h, m);
            case CROSTON -> Intermittent.croston(y, h, false);
            case SBA -> Intermittent.croston(y, h, true);
            case TSB -> Intermittent.tsb(y, h);
        };
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
