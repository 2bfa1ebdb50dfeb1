package vn.htxso.marketplace.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.htxso.marketplace.PaymentMethod;

/** The checkout page: shipping address, payment method and the hidden key that makes a double submit harmless. */
public class CheckoutForm {

    /** A Vietnamese mobile number: 10 digits starting 03, 05, 07, 08, 09 (or +84). */
    static final String PHONE = "^(0|\\+84)(3|5|7|8|9)\\d{8}$";

    @NotBlank(message = "{marketplace.checkout.name.required}")
    @Size(max = 120, message = "{marketplace.checkout.name.size}")
    @vn.htxso.platform.PlainName
    private String name;
    @NotBlank(message = "{marketplace.checkout.phone.required}")
    @Pattern(regexp = PHONE, message = "{marketplace.checkout.phone.invalid}")
    private String phone;
    @NotBlank(message = "{marketplace.checkout.province.invalid}")
    private String provinceCode;
    @NotBlank(message = "{marketplace.checkout.commune.required}")
    @Size(max = 120, message = "{marketplace.checkout.commune.size}")
    private String communeName;
    @NotBlank(message = "{marketplace.checkout.street.required}")
    @Size(max = 200, message = "{marketplace.checkout.street.size}")
    private String street;
    @NotNull(message = "{marketplace.order.paymentMethod.required}")
    private PaymentMethod paymentMethod = PaymentMethod.COD;
    @NotBlank
    @Size(max = 80)
    private String idempotencyKey;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getCommuneName() { return communeName; }
    public void setCommuneName(String communeName) { this.communeName = communeName; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(PaymentMethod paymentMethod) { this.paymentMethod = paymentMethod; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
}
