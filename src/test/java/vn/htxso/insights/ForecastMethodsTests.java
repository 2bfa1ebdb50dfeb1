package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The forecasting methods against values computed by hand (each computation is written out in the comments). */
class ForecastMethodsTests {

    @Test
    void maseOfASixPointSeriesWithANaiveForecast() {
        // Hyndman & Koehler (2006), MASE with m = 1. Series 3, 5, 4, 6 | 7, 8 (hold-out of 2), naive forecast 6, 6.
        // In-sample naive MAE = (|5−3| + |4−5| + |6−4|) / 3 = 5/3; hold-out MAE = (1 + 2) / 2 = 1.5; MASE = 0.9.
        double mase = Accuracy.mase(new double[] {3, 5, 4, 6}, new double[] {7, 8}, new double[] {6, 6}, 1);
        assertThat(mase).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void maseIsUndefinedOnAFlatHistory() {
        // domain rule 5: a zero denominator gives "n/a", not infinity
        assertThat(Accuracy.mase(new double[] {4, 4, 4, 4}, new double[] {5}, new double[] {4}, 1)).isNaN();
    }

    @Test
    void simpleExponentialSmoothingByHand() {
        // ETS(A,N,N), α = 0.5, level starts at the first value 10:
        // y=12: error 2 → level 11; y=11: error 0 → 11; y=13: error 2 → level 12. Forecast 12 at every step;
        // one-step errors 2, 0, 2 → σ = √(8/3); step 3 spreads by √(1 + 2·0.25).
        Fit fit = Smoothing.ses(new double[] {10, 12, 11, 13}, 3, 0.5);
        assertThat(fit.forecast()).containsExactly(12, 12, 12);
        assertThat(fit.sigma()).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(fit.spread()[2]).isCloseTo(Math.sqrt(1.5), within(1e-12));
    }

    @Test
    void holtWintersByHand() {
        // Additive Holt-Winters, m = 2, α = β = γ = 0.5, series 1, 3, 3, 5, 6, 7.
        // Start: season means 2 and 4 → trend 1, level 2 + 0.5·1 = 2.5, seasons −0.5, 0.5.
        // t=2: forecast 2.5+1−0.5 = 3, error 0 → level 3.5, trend 1, season −0.5
        // t=3: forecast 3.5+1+0.5 = 5, error 0 → level 4.5, trend 1, season 0.5
        // t=4: forecast 4.5+1−0.5 = 5, error 1 → level 0.5·6.5 + 0.5·5.5 = 6, trend 0.5·1.5 + 0.5·1 = 1.25,
        //      season 0.5·(6−6) + 0.5·(−0.5) = −0.25
        // t=5: forecast 6+1.25+0.5 = 7.75, error −0.75 → level 0.5·6.5 + 0.5·7.25 = 6.875,
        //      trend 0.5·0.875 + 0.5·1.25 = 1.0625, season 0.5·(7−6.875) + 0.5·0.5 = 0.3125
        // Forecast: 6.875 + 1.0625 − 0.25 = 7.6875; 6.875 + 2·1.0625 + 0.3125 = 9.3125. σ = √((1 + 0.5625)/4) = 0.625.
        Fit fit = Smoothing.holtWinters(new double[] {1, 3, 3, 5, 6, 7}, 2, 2, 0.5, 0.5, 0.5);
        assertThat(fit.forecast()[0]).isCloseTo(7.6875, within(1e-12));
        assertThat(fit.forecast()[1]).isCloseTo(9.3125, within(1e-12));
        assertThat(fit.sigma()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void holtWintersReproducesALineWithAFixedSeasonExactly() {
        double[] season = {3, -1, -4, 2};
        double[] y = new double[16];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t + season[t % 4];
        }
        Fit fit = Smoothing.holtWinters(y, 5, 4);
        assertThat(fit.sigma()).isCloseTo(0, within(1e-9));
        for (int k = 1; k <= 5; k++) {
            assertThat(fit.forecast()[k - 1]).isCloseTo(10 + 2 * (15 + k) + season[(15 + k) % 4], within(1e-9));
        }
    }

    @Test
    void crostonAndSbaOnAnIntermittentSeries() {
        // Croston (1972), α = 0.1, series 0, 3, 0, 0, 5, 0, 4. First demand at period 2: size 3, interval 2.
        // Demand 5 after 3 periods: size 3 + 0.1·(5−3) = 3.2, interval 2 + 0.1·(3−2) = 2.1.
        // Demand 4 after 2 periods: size 3.2 + 0.1·(4−3.2) = 3.28, interval 2.1 + 0.1·(2−2.1) = 2.09.
        // Croston = 3.28 / 2.09 = 1.569378; SBA (Syntetos & Boylan 2005) = (1 − 0.1/2) · 1.569378 = 1.490909.
        double[] y = {0, 3, 0, 0, 5, 0, 4};
        assertThat(Intermittent.croston(y, 2, 0.1, false).forecast()[0]).isCloseTo(3.28 / 2.09, within(1e-12));
        assertThat(Intermittent.croston(y, 2, 0.1, true).forecast()[1]).isCloseTo(0.95 * 3.28 / 2.09, within(1e-12));
        assertThat(0.95 * 3.28 / 2.09).isCloseTo(1.490909, within(1e-6));
    }

    @Test
    void tsbSmoothsTheProbabilityEveryPeriod() {
        // TSB (Teunter, Syntetos & Babai 2011), α = β = 0.5, series 0, 4, 0, 2: start at period 2 with size 4,
        // probability 1/2. Zero → probability 0.25. Demand 2 → probability 0.625, size 3. Forecast 0.625·3 = 1.875.
        assertThat(Intermittent.tsb(new double[] {0, 4, 0, 2}, 0.5, 0.5)[0]).isCloseTo(1.875, within(1e-12));
    }

    @Test
    void classifiesBySyntetosBoylanCrostonCutOffs() {
        assertThat(Classifier.classify(new double[] {5, 6, 5, 7, 6, 5, 6, 5})).isEqualTo(DemandClass.SMOOTH);
        assertThat(Classifier.classify(new double[] {1, 20, 2, 30, 1, 25, 2, 40})).isEqualTo(DemandClass.ERRATIC);
        assertThat(Classifier.classify(new double[] {0, 5, 0, 0, 6, 0, 5, 0})).isEqualTo(DemandClass.INTERMITTENT);
        assertThat(Classifier.classify(new double[] {0, 1, 0, 0, 30, 0, 2, 0})).isEqualTo(DemandClass.LUMPY);
        // ADI = 8 / 3 periods per demand; CV² of 5, 6, 5 = variance (2/9) / mean² (256/9) = 1/128
        assertThat(Classifier.adi(new double[] {0, 5, 0, 0, 6, 0, 5, 0})).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(Classifier.cv2(new double[] {0, 5, 0, 0, 6, 0, 5, 0})).isCloseTo(1.0 / 128, within(1e-12));
    }

    @Test
    void dampedHoltByHand() {
        // ETS(A,Ad,N), α = β = 0.5, φ = 0.9, series 1, 2, 4: level 2 and trend 1 from the first two values.
        // t=2: forecast 2 + 0.9·1 = 2.9, error 1.1 → level 2.9 + 0.55 = 3.45, trend 0.5·1.45 + 0.5·0.9·1 = 1.175.
        // Forecast 3.45 + 0.9·1.175 = 4.5075, then 3.45 + (0.9 + 0.81)·1.175 = 5.45925.
        Fit fit = Smoothing.dampedHolt(new double[] {1, 2, 4}, 2, 0.5, 0.5, 0.9);
        assertThat(fit.forecast()[0]).isCloseTo(4.5075, within(1e-12));
        assertThat(fit.forecast()[1]).isCloseTo(5.45925, within(1e-12));
    }
}
