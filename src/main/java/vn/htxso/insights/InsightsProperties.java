package vn.htxso.insights;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of the insights (defaults from the domain notes; they are project choices, not legal limits).
 *
 * @param revenueRatio          year-on-year revenue flagged above × this or below ÷ this
 * @param membersChange         year-on-year change of members flagged above this share (0.5 = ± 50 %)
 * @param capitalPerMemberRatio year-on-year jump of charter capital per member flagged above × this
 * @param incomeLow             average worker income flagged below this × the provincial median
 * @param incomeHigh            … or above this × the provincial median
 * @param peerScore             modified z-score beyond which a figure sits far from its peers (Iglewicz–Hoaglin 3.5)
 * @param minPeers              fewest peers for a local comparison (else national sector peers)
 * @param minTreated            fewest treated co-ops for an impact estimate not labelled "indicative"
 * @param minControls           fewest comparison co-ops for the same
 * @param minPrePeriods         fewest periods before treatment for the same
 * @param bootstrapReplicates   replicates of the cluster bootstrap
 * @param bootstrapSeed         its seed (the same data always gives the same interval)
 * @param listingPriceRatio     listing help warns of a price above × this or below ÷ this the similar listings' median
 */
@Validated
@ConfigurationProperties("htxso.insights")
record InsightsProperties(@DefaultValue("3") @DecimalMin("1.01") double revenueRatio,
                          @DefaultValue("0.5") @DecimalMin("0.01") double membersChange,
                          @DefaultValue("3") @DecimalMin("1.01") double capitalPerMemberRatio,
                          @DefaultValue("0.2") @DecimalMin("0") double incomeLow,
                          @DefaultValue("5") @DecimalMin("1") double incomeHigh,
                          @DefaultValue("3.5") @DecimalMin("1") double peerScore,
                          @DefaultValue("10") @Min(3) int minPeers,
                          @DefaultValue("20") @Min(1) int minTreated,
                          @DefaultValue("20") @Min(1) int minControls,
                          @DefaultValue("2") @Min(1) int minPrePeriods,
                          @DefaultValue("999") @Min(99) @Max(9999) int bootstrapReplicates,
                          @DefaultValue("20261204") long bootstrapSeed,
                          @DefaultValue("2") @DecimalMin("1.1") double listingPriceRatio) {

    static InsightsProperties defaults() {
        return new InsightsProperties(3, 0.5, 3, 0.2, 5, 3.5, 10, 20, 20, 2, 999, 20261204, 2);
    }
}
