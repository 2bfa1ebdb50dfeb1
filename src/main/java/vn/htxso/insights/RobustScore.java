package vn.htxso.insights;

import java.util.Arrays;

import org.apache.commons.statistics.descriptive.Median;

/**
 * The modified z-score of Iglewicz &amp; Hoaglin (1993), "How to Detect and Handle Outliers": Mᵢ = 0.6745 (xᵢ − x̃) /
 * MAD, with x̃ the median and MAD the median of |xᵢ − x̃|; |M| &gt; 3.5 marks a likely outlier. Medians by Apache
 * Commons Statistics.
 */
final class RobustScore {

    static final double CONSTANT = 0.6745;

    private final double median;
    private final double mad;

    private RobustScore(double median, double mad) {
        this.median = median;
        this.mad = mad;
    }

    static RobustScore of(double[] values) {
        Median median = Median.withDefaults();
        double m = median.evaluate(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - m)).toArray();
        return new RobustScore(m, median.evaluate(deviations));
    }

    static double median(double[] values) {
        return Median.withDefaults().evaluate(values);
    }

    /** NaN when MAD is 0 (more than half the peers share one value: no scale to compare with). */
    double score(double x) {
        return mad == 0 ? Double.NaN : CONSTANT * (x - median) / mad;
    }

    double median() {
        return median;
    }

    double mad() {
        return mad;
    }
}
