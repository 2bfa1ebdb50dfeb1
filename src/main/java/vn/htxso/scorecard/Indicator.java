package vn.htxso.scorecard;

import java.math.BigDecimal;

/** One indicator of a criteria set: its code (the measure's name), name, measure, target and weight (0–100). */
public record Indicator(String code, String name, Measure measure, BigDecimal target, int weight) {
}
