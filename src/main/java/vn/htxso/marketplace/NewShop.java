package vn.htxso.marketplace;

/** What a co-op manager gives to open a shop for the co-op or one of its member households. */
public record NewShop(String name, String story, String communeName, boolean ethnicMinorityOwner, String bankBin,
                      String bankAccount, String bankAccountName, long deliveryFeeVnd, Long freeDeliveryFromVnd) {
}
