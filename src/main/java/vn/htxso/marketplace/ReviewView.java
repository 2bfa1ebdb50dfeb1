package vn.htxso.marketplace;

import java.time.Instant;
import java.util.UUID;

/** A buyer's review of a product, with the seller's reply. */
public record ReviewView(UUID id, UUID productId, String productName, String buyerName, int stars, String body,
                         String reply, Instant createdAt) {
}
