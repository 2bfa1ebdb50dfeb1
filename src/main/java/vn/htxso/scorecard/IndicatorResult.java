package vn.htxso.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator of one commune in one year.
 *
 * @param from first day the value covers ({@code null} for a figure taken on {@code to})
 * @param to last day the value covers
 * @param attainment {@code min(1, value / target)}, 0–1
 */
public record IndicatorResult(String code, String name, Measure measure, double value, BigDecimal target, int weight,
                              Status status, double attainment, LocalDate from, LocalDate to) {
}
