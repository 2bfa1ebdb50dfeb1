package vn.htxso.traceability.internal;

import java.time.Instant;
import java.util.UUID;

import vn.htxso.traceability.Standard;

/** A plot of land a co-op's members farm. */
public record Plot(UUID id, UUID organisationId, int locationRef, String name, String communeName, long areaM2,
                   String crop, Standard standard, Instant createdAt) {
}
