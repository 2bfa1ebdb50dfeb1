package vn.htxso.traceability;

import java.util.UUID;

/** A product a co-op traces, with the GTIN it got and the marketplace product it is sold as (if linked). */
public record TraceProduct(UUID id, UUID organisationId, String name, String nameKey, String gtin,
                           UUID productId) {
}
