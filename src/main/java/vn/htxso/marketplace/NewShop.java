package vn.htxso.marketplace;

/**
 * What a co-op manager gives to open a shop for the co-op or one of its member households, and what its seller may
 * change later.
 *
 * @param deliveryFeeFarVnd the flat fee for delivery outside the shop's province, or {@code null} for the same fee
 */
public record NewShop(String name, String story, String communeName, boolean ethnicMinorityOwner, String bankBin,
                      String bankAccount, String bankAccountName, long deliveryFeeVnd, Long deliveryFeeFarVnd,
                      Long freeDeliveryFromVnd) {
}
