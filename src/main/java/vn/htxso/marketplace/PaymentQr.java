package vn.htxso.marketplace;

/** A VietQR transfer to the shop's account for an order: {@code purpose} is the order code. */
public record PaymentQr(String payload, String bankBin, String accountNumber, long amountVnd, String purpose) {
}
