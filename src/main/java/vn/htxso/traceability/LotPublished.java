package vn.htxso.traceability;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A lot was published: its GS1 Digital Link trace page is public from now on. */
@Externalized("htxso.events::traceability.lot.published")
public record LotPublished(UUID lotId, UUID organisationId, String gtin, String lotNumber, Instant publishedAt) {
}
