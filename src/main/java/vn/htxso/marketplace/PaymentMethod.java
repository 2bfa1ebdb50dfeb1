package vn.htxso.marketplace;

/** Cash on delivery, or a bank transfer by VietQR. */
public enum PaymentMethod {
    COD, VIETQR
}
