package vn.htxso.scorecard;

import java.math.BigDecimal;

/** One indicator as a province admin types it; a row without a measure is ignored. */
public record IndicatorInput(String measure, String name, BigDecimal target, Integer weight) {
}
