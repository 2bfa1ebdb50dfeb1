package vn.htxso.traceability;

import java.time.Instant;
import java.util.UUID;


/** A plot of land a co-op's members farm. */
public record Plot(UUID id, UUID organisationId, int locationRef, String name, String communeName, long areaM2,
                   String crop, Standard standard, Instant createdAt) {
}
