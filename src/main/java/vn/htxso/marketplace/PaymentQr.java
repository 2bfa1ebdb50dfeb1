package vn.htxso.marketplace;

/**
 * A VietQR transfer for an order to the account the shop had when the order was placed (frozen on the order):
 * {@code purpose} is the order code, {@code accountName} the holder's name on that account.
 */
public record PaymentQr(String payload, String bankBin, String accountNumber, long amountVnd, String purpose,
                        String accountName) {
}
