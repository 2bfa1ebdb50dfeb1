package vn.htxso.marketplace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product as pages and the API show it.
 *
 * @param ocopStars the valid OCOP rating (3–5), or {@code null} when none or expired
 */
public record ProductView(UUID id, String name, String description, Category category, String unit, long priceVnd,
                          int stock, Integer weightGrams, Integer ocopStars, String ocopCertNo, String ocopIssuer,
                          LocalDate ocopIssuedOn, LocalDate ocopExpiresOn, boolean hasPhoto, UUID shopId,
                          String shopName, String provinceCode, String communeName, boolean ethnicMinorityOwner,
                          boolean shopVerified, Instant createdAt, long version) {
}
