package vn.htxso.support;

import java.time.Instant;
import java.util.UUID;

/** A co-op's application for a support package, with its state, money figures and milestones. */
public record Application(UUID id, UUID programmeId, UUID packageId, UUID providerId, UUID organisationId,
                          String organisationName, String provinceCode, ApplicationState state,
                          UUID baselineAssessmentId, long priceVnd, long subsidyVnd, long reservedVnd,
                          long claimVnd, long paidVnd, UUID createdBy, Instant createdAt, Instant submittedAt,
                          Instant deployedAt, Instant acceptedAt, Instant paidAt, Instant holdingUntil,
                          long version, String packageName, String providerName, String programmeName) {
}
