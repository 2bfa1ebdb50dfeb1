package vn.htxso.support;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

import vn.htxso.registry.CooperativeId;

/** A provider finished deploying a support package at a co-op; re-assessments T1 and T2 count from here. */
@Externalized("htxso.events::support.package.deployed")
public record PackageDeployed(UUID applicationId, CooperativeId cooperativeId, UUID packageId, UUID providerId,
                              Instant deployedAt) {
}
