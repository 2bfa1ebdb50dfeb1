package vn.htxso.scorecard;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param onTheWayAt an indicator is ON_THE_WAY from this share of its target (below it: FAR)
 * @param metAt an indicator is MET from this share of its target (1: the value reaches the target)
 * @param firstYear the earliest year a scorecard may be asked for
 * @param showcaseLimit how many co-ops, shops, products and lots the public commune page lists at most, each
 */
@Validated
@ConfigurationProperties("htxso.scorecard")
record ScorecardProperties(@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double onTheWayAt,
                           @DefaultValue("1.0") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0")
                           double metAt,
                           @DefaultValue("2020") @Min(2000) @Max(2100) int firstYear,
                           @DefaultValue("60") @Min(1) @Max(500) int showcaseLimit) {

    @AssertTrue(message = "on-the-way-at must be below met-at")
    public boolean isOrdered() {
        return onTheWayAt < metAt;
    }
}
