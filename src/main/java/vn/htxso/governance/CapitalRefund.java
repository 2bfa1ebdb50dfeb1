package vn.htxso.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The refund of a former member's capital after the accounts of the year they left were approved.
 *
 * @param lossShareVnd the member's share of the losses the approved accounts show, kept back from the capital
 * @param amountVnd capital paid minus the loss share: paid out of members' capital, never out of the indivisible fund
 * @param dueBy the day by which it is paid (configuration, the charter's time limit)
 */
public record CapitalRefund(UUID id, UUID organisationId, UUID memberId, String memberName, RefundReason reason,
                            int fiscalYear, long capitalPaidVnd, long lossShareVnd, long amountVnd,
                            UUID approvedByResolutionId, LocalDate dueBy) {
}
