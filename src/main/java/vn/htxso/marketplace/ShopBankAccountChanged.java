package vn.htxso.marketplace;

import java.util.UUID;

/**
 * A shop's bank account for VietQR changed: its owner is told, and the shop takes no new VietQR order until the
 * alliance verifies the account again (orders already placed keep the payee they were placed with).
 */
public record ShopBankAccountChanged(UUID shopId, String shopName, UUID organisationId, UUID ownerUserId,
                                     String bankBin, String accountEnding, String changedBy,
                                     java.time.Instant changedAt) {
}
