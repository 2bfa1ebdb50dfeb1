package vn.htxso.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of a co-op's charter settings, in force from {@code effectiveOn} until the next version.
 *
 * @param adoptedBy the resolution that adopted it, or {@code null} for the law's defaults
 * @param indivisibleFundPercent share of distributable income put in the indivisible fund
 * @param otherFundsPercent share put in the other funds
 * @param capitalSharePercent share of the members' part distributed by capital (the rest by use of services)
 */
public record Charter(UUID id, UUID organisationId, LocalDate effectiveOn, UUID adoptedBy, GovernanceModel model,
                      Threshold quorum, Threshold ordinary, Threshold special, int indivisibleFundPercent,
                      int otherFundsPercent, int capitalSharePercent, int boardSize, int boardTermYears,
                      String lawBasis) {

    public Threshold threshold(ResolutionCategory category) {
        return category == ResolutionCategory.SPECIAL ? special : ordinary;
    }
}
