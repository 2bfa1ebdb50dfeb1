package vn.htxso.marketplace;

import java.util.UUID;

/** A shop as pages show it. */
public record ShopView(UUID id, UUID organisationId, UUID ownerUserId, String name, String story,
                       String provinceCode, String communeName, boolean ethnicMinorityOwner, boolean verified,
                       String bankBin, String bankAccount, String bankAccountName, long deliveryFeeVnd,
                       Long freeDeliveryFromVnd, Long deliveryFeeFarVnd, boolean bankVerified) {
}
