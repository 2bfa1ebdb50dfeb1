package vn.htxso.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Status thresholds and the weighted score, by hand. */
class ScorecardRulesTests {

    final ScorecardRules rules = new ScorecardRules(0.5, 1.0);
    final Periods periods = Periods.of(2026, LocalDate.of(2026, 12, 4));

    static Indicator indicator(Measure measure, String target, int weight) {
        return new Indicator(measure.name(), measure.name(), measure, new BigDecimal(target), weight);
    }

    static CriteriaSet set(Indicator... indicators) {
        return new CriteriaSet(UUID.randomUUID(), "40", 1, null, Instant.EPOCH, "test", List.of(indicators));
    }

    @Test
    void statusIsMetFromTheTargetOnTheWayFromHalfFarBelow() {
        assertThat(rules.status(3, new BigDecimal("3"))).isEqualTo(Status.MET);
        assertThat(rules.status(4, new BigDecimal("3"))).isEqualTo(Status.MET);
        assertThat(rules.status(2.99, new BigDecimal("3"))).isEqualTo(Status.ON_THE_WAY);
        assertThat(rules.status(1.5, new BigDecimal("3"))).isEqualTo(Status.ON_THE_WAY);
        assertThat(rules.status(1.49, new BigDecimal("3"))).isEqualTo(Status.FAR);
        assertThat(rules.status(0, new BigDecimal("3"))).isEqualTo(Status.FAR);
        // a target of nothing is met by nothing
        assertThat(rules.status(0, BigDecimal.ZERO)).isEqualTo(Status.MET);
    }

    @Test
    void thresholdsComeFromConfiguration() {
        ScorecardRules strict = new ScorecardRules(0.8, 0.9);
        assertThat(strict.status(2.7, new BigDecimal("3"))).isEqualTo(Status.MET);         // 90 %
        assertThat(strict.status(9, new BigDecimal("10"))).isEqualTo(Status.MET);          // exactly 90 %
        assertThat(strict.status(8, new BigDecimal("10"))).isEqualTo(Status.ON_THE_WAY);  // exactly 80 %
        assertThat(strict.status(7.9, new BigDecimal("10"))).isEqualTo(Status.FAR);       // 79 %
    }

    @Test
    void theScoreIsTheWeightedMeanOfCappedAttainments() {
        CriteriaSet criteria = set(indicator(Measure.COOPS, "4", 10), indicator(Measure.SHOPS_ONLINE, "2", 30),
                indicator(Measure.VIETQR_SHARE, "50", 60));
        // COOPS 2/4 = 0.5; SHOPS 5/2 capped at 1; VIETQR 10/50 = 0.2
        List<IndicatorResult> results = rules.evaluate(criteria,
                Map.of(Measure.COOPS, 2d, Measure.SHOPS_ONLINE, 5d, Measure.VIETQR_SHARE, 10d), periods);
        assertThat(results).extracting(IndicatorResult::status)
                .containsExactly(Status.ON_THE_WAY, Status.MET, Status.FAR);
        assertThat(results).extracting(IndicatorResult::attainment).containsExactly(0.5, 1.0, 0.2);
        // (10 × 0.5 + 30 × 1 + 60 × 0.2) / 100 = 0.47
        assertThat(ScorecardRules.score(results)).isEqualTo(47.0);
    }

    @Test
    void weightsChangeTheScoreAndZeroWeightsCountForNothing() {
        Map<Measure, Double> values = Map.of(Measure.COOPS, 4d, Measure.SHOPS_ONLINE, 0d);
        double even = ScorecardRules.score(rules.evaluate(set(indicator(Measure.COOPS, "4", 50),
                indicator(Measure.SHOPS_ONLINE, "2", 50)), values, periods));
        double coopsHeavy = ScorecardRules.score(rules.evaluate(set(indicator(Measure.COOPS, "4", 90),
                indicator(Measure.SHOPS_ONLINE, "2", 10)), values, periods));
        double shopsOnly = ScorecardRules.score(rules.evaluate(set(indicator(Measure.COOPS, "4", 0),
                indicator(Measure.SHOPS_ONLINE, "2", 10)), values, periods));
        assertThat(even).isEqualTo(50.0);
        assertThat(coopsHeavy).isEqualTo(90.0);
        assertThat(shopsOnly).isEqualTo(0.0);
        assertThat(ScorecardRules.score(List.of())).isEqualTo(0.0);
    }

    @Test
    void theScoreIsRoundedToOneDecimal() {
        // 1/3 attained with weight 1 → 33.3
        List<IndicatorResult> results = rules.evaluate(set(indicator(Measure.COOPS, "3", 1)),
                Map.of(Measure.COOPS, 1d), periods);
        assertThat(ScorecardRules.score(results)).isEqualTo(33.3);
    }

    @Test
    void eachValueCarriesItsDates() {
        List<IndicatorResult> results = rules.evaluate(set(indicator(Measure.COOPS, "1", 1),
                indicator(Measure.ORDERS_12M, "1", 1), indicator(Measure.LOTS_PUBLISHED, "1", 1)), Map.of(), periods);
        assertThat(results.get(0).from()).isNull();
        assertThat(results.get(0).to()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(results.get(1).from()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(results.get(2).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        // a past year ends on 31 December
        assertThat(Periods.of(2025, LocalDate.of(2026, 12, 4)).end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
