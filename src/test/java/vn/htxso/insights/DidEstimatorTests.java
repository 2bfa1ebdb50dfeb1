package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The staggered difference-in-differences estimator on generated panels with a known effect. */
class DidEstimatorTests {

    static final double EFFECT = 5;

    @Test
    void recoversAKnownEffectWithAnIntervalCoveringIt() {
        List<DidEstimator.Unit> units = panel(new Random(42), 30, 30, 10, EFFECT);
        DidEstimator.Estimate estimate = DidEstimator.estimate(units, 499, 7);

        assertThat(estimate.att()).isCloseTo(EFFECT, within(1.0));
        assertThat(estimate.low()).isLessThan(EFFECT);
        assertThat(estimate.high()).isGreaterThan(EFFECT);
        assertThat(estimate.high() - estimate.low()).isLessThan(4);
        assertThat(estimate.treated()).isEqualTo(30);
        assertThat(estimate.control()).isEqualTo(30);
        assertThat(estimate.prePeriods()).isEqualTo(4);
        assertThat(estimate.indicative(20, 20, 2)).isFalse();
        // event study (each point rests on 15–30 co-ops, standard error about 1): placebo pre-periods near 0, post-periods near the effect, base period exactly 0
        for (DidEstimator.EventPoint p : estimate.eventStudy()) {
            if (p.e() < -1) {
                assertThat(p.att()).as("pre-period %d", p.e()).isCloseTo(0, within(3.0));
            } else if (p.e() == -1) {
                assertThat(p.att()).isZero();
            } else {
                assertThat(p.att()).as("period %d", p.e()).isCloseTo(EFFECT, within(3.0));
            }
        }
    }

    @Test
    void noEffectGivesAnIntervalAroundZero() {
        DidEstimator.Estimate estimate = DidEstimator.estimate(panel(new Random(3), 30, 30, 10, 0), 499, 7);
        assertThat(estimate.low()).isLessThan(0);
        assertThat(estimate.high()).isGreaterThan(0);
    }

    @Test
    void theSameDataAndSeedGiveTheSameInterval() {
        List<DidEstimator.Unit> units = panel(new Random(9), 12, 12, 8, EFFECT);
        DidEstimator.Estimate a = DidEstimator.estimate(units, 199, 11);
        DidEstimator.Estimate b = DidEstimator.estimate(units, 199, 11);
        assertThat(a.low()).isEqualTo(b.low());
        assertThat(a.high()).isEqualTo(b.high());
    }

    @Test
    void aSmallSampleOrTooFewPrePeriodsIsIndicative() {
        DidEstimator.Estimate small = DidEstimator.estimate(panel(new Random(5), 6, 6, 10, EFFECT), 199, 7);
        assertThat(small.estimable()).isTrue();
        assertThat(small.indicative(20, 20, 2)).isTrue();

        List<DidEstimator.Unit> late = new ArrayList<>();
        Random random = new Random(8);
        for (int i = 0; i < 25; i++) {
            late.add(unit(random, 1, 6, EFFECT));
            late.add(unit(random, -1, 6, EFFECT));
        }
        DidEstimator.Estimate onePre = DidEstimator.estimate(late, 199, 7);
        assertThat(onePre.prePeriods()).isEqualTo(1);
        assertThat(onePre.indicative(20, 20, 2)).isTrue();
        assertThat(DidEstimator.estimate(List.of(), 99, 1).indicative(20, 20, 2)).isTrue();
    }

    /** Two waves (first treated in period 4 and 7), never-treated controls; co-op and period effects plus noise. */
    static List<DidEstimator.Unit> panel(Random random, int treated, int controls, int periods, double effect) {
        List<DidEstimator.Unit> units = new ArrayList<>();
        for (int i = 0; i < treated; i++) {
            units.add(unit(random, i % 2 == 0 ? 4 : 7, periods, effect));
        }
        for (int i = 0; i < controls; i++) {
            units.add(unit(random, -1, periods, effect));
        }
        return units;
    }

    static DidEstimator.Unit unit(Random random, int group, int periods, double effect) {
        double level = 20 + random.nextGaussian() * 5;
        double[] y = new double[periods];
        for (int t = 0; t < periods; t++) {
            y[t] = level + 1.5 * t + random.nextGaussian() * 2 + (group >= 0 && t >= group ? effect : 0);
        }
        return new DidEstimator.Unit(group, y);
    }
}
