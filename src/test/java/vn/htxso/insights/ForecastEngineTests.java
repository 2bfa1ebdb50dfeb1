package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Method choice on the hold-out: never worse than the baseline, over many generated series. */
class ForecastEngineTests {

    @Test
    void theChosenMethodNeverLosesToTheBaselineOnItsHoldOut() {
        Random random = new Random(20261204);
        int better = 0;
        for (int i = 0; i < 400; i++) {
            Period period = i % 3 == 0 ? Period.MONTH : Period.WEEK;
            int n = 10 + random.nextInt(i % 5 == 0 ? 200 : 60);
            int horizon = 1 + random.nextInt(Math.min(12, n / 2 - 1));
            double[] y = generate(random, n, period.season(), i % 4);
            if (n - horizon < ForecastEngine.minimumTraining(horizon)) {
                continue;
            }
            Forecast forecast = ForecastEngine.forecast(y, period, horizon);

            double[] train = Arrays.copyOf(y, n - horizon);
            double[] holdOut = Arrays.copyOfRange(y, n - horizon, n);
            int lag = forecast.baselineMethod() == ForecastMethod.SEASONAL_NAIVE ? period.season() : 1;
            double baseline = Accuracy.mase(train, holdOut,
                    ForecastEngine.fit(forecast.baselineMethod(), train, horizon, period.season()).forecast(), lag);
            double chosen = Accuracy.mase(train, holdOut,
                    ForecastEngine.fit(forecast.method(), train, horizon, period.season()).forecast(), lag);
            if (Double.isNaN(baseline)) {
                assertThat(forecast.method()).isEqualTo(forecast.baselineMethod());
                continue;
            }
            assertThat(chosen).as("series %d", i).isLessThanOrEqualTo(baseline);
            assertThat(forecast.mase()).isCloseTo(chosen, org.assertj.core.api.Assertions.within(1e-3));
            assertThat(forecast.forecast()).hasSize(horizon)
                    .allSatisfy(s -> assertThat(s.low()).isLessThanOrEqualTo(s.value()).isGreaterThanOrEqualTo(0))
                    .allSatisfy(s -> assertThat(s.high()).isGreaterThanOrEqualTo(s.value()));
            if (chosen < baseline) {
                better++;
            }
        }
        assertThat(better).as("some series are forecast better than by the baseline").isGreaterThan(50);
    }

    @Test
    void baselineIsSeasonalNaiveOnlyWithTwoFullSeasonsBeforeTheHoldOut() {
        double[] y = generate(new Random(1), 24, 12, 1);
        assertThat(ForecastEngine.forecast(y, Period.MONTH, 3).baselineMethod()).isEqualTo(ForecastMethod.NAIVE);
        double[] longer = generate(new Random(1), 30, 12, 1);
        assertThat(ForecastEngine.forecast(longer, Period.MONTH, 3).baselineMethod())
                .isEqualTo(ForecastMethod.SEASONAL_NAIVE);
    }

    @Test
    void aSeasonalSeriesWithTwoYearsOfWeeksGetsASeasonalMethod() {
        double[] y = new double[156];
        Random random = new Random(7);
        for (int t = 0; t < y.length; t++) {
            y[t] = Math.max(0, 50 + 30 * Math.sin(2 * Math.PI * t / 52) + random.nextGaussian() * 3);
        }
        Forecast forecast = ForecastEngine.forecast(y, Period.WEEK, 4);
        assertThat(forecast.method()).isIn(ForecastMethod.SEASONAL_NAIVE, ForecastMethod.HOLT_WINTERS);
        assertThat(forecast.mase()).isLessThan(1.5);
    }

    @Test
    void intermittentSeriesAreOfferedCrostonFamilyMethods() {
        assertThat(ForecastEngine.candidates(DemandClass.LUMPY, 40, 52))
                .contains(ForecastMethod.CROSTON, ForecastMethod.SBA, ForecastMethod.TSB)
                .doesNotContain(ForecastMethod.HOLT_WINTERS);
        assertThat(ForecastEngine.candidates(DemandClass.SMOOTH, 110, 52)).contains(ForecastMethod.HOLT_WINTERS);
        assertThat(ForecastEngine.candidates(DemandClass.SMOOTH, 100, 52)).doesNotContain(ForecastMethod.HOLT_WINTERS);
    }

    /** kind 0: level + noise, 1: seasonal, 2: trend, 3: intermittent. */
    static double[] generate(Random random, int n, int m, int kind) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double noise = random.nextGaussian() * (2 + random.nextInt(5));
            double value = switch (kind) {
                case 0 -> 30 + noise;
                case 1 -> 40 + 20 * Math.sin(2 * Math.PI * t / m) + noise;
                case 2 -> 10 + 0.8 * t + noise;
                default -> random.nextDouble() < 0.35 ? 1 + random.nextInt(12) : 0;
            };
            y[t] = Math.max(0, Math.round(value));
        }
        return y;
    }
}
