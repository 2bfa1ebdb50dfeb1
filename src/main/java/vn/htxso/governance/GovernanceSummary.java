package vn.htxso.governance;

import java.time.LocalDate;
import java.util.List;

import vn.htxso.registry.OrganisationSummary;

/**
 * A co-op's governance at a glance (API.md {@code GET /api/v1/cooperatives/{id}/governance}).
 *
 * @param lastAnnualAssemblyOn the day of the latest annual assembly held, or {@code null}
 * @param annualAssemblyDueBy the deadline of the next annual assembly not yet held with signed minutes
 */
public record GovernanceSummary(OrganisationSummary organisation, Charter charter, int officialMembers,
                                int associateMembers, Long charterCapitalVnd, LocalDate lastAnnualAssemblyOn,
                                LocalDate annualAssemblyDueBy, List<Alert> alerts) {
}
