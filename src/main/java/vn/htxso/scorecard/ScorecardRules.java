package vn.htxso.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The arithmetic of a scorecard: attainment, status and the weighted score. No data access. */
final class ScorecardRules {

    private final double onTheWayAt;
    private final double metAt;

    ScorecardRules(double onTheWayAt, double metAt) {
        this.onTheWayAt = onTheWayAt;
        this.metAt = metAt;
    }

    static ScorecardRules of(ScorecardProperties properties) {
        return new ScorecardRules(properties.onTheWayAt(), properties.metAt());
    }

    /** {@code value / target}, not capped; a target of 0 (or less) counts as reached. */
    static double ratio(double value, BigDecimal target) {
        double t = target.doubleValue();
        return t <= 0 ? 1 : value / t;
    }

    Status status(double value, BigDecimal target) {
        double ratio = ratio(value, target);
        if (ratio >= metAt) {
            return Status.MET;
        }
        return ratio >= onTheWayAt ? Status.ON_THE_WAY : Status.FAR;
    }

    /** Each indicator of the set with the commune's value of its measure (0 when the commune has none). */
    List<IndicatorResult> evaluate(CriteriaSet criteria, Map<Measure, Double> values, Periods periods) {
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : criteria.indicators()) {
            double value = values.getOrDefault(indicator.measure(), 0d);
            double attainment = Math.min(1, ratio(value, indicator.target()));
            results.add(new IndicatorResult(indicator.code(), indicator.name(), indicator.measure(), value,
                    indicator.target(), indicator.weight(), status(value, indicator.target()), attainment,
                    periods.from(indicator.measure()), periods.end()));
        }
        return results;
    }

    /** The weighted mean attainment, 0–100, rounded to one decimal; 0 when no indicator has a weight. */
    static double score(List<IndicatorResult> results) {
        long weights = 0;
        double sum = 0;
        for (IndicatorResult r : results) {
            weights += r.weight();
            sum += r.weight() * r.attainment();
        }
        return weights == 0 ? 0 : Math.round(sum / weights * 1000) / 10.0;
    }
}
