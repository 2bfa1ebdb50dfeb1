package vn.htxso.marketplace.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A co-op manager opens a shop. */
public class ShopForm {

    @NotBlank(message = "{marketplace.shop.name.required}")
    @Size(max = 160, message = "{marketplace.shop.name.required}")
    @vn.htxso.platform.PlainName
    private String name;
    @Size(max = 4000, message = "{marketplace.product.description.size}")
    private String story;
    @NotBlank(message = "{marketplace.checkout.commune.required}")
    @Size(max = 120, message = "{marketplace.checkout.commune.size}")
    private String communeName;
    private boolean ethnicMinorityOwner;
    @NotBlank(message = "{marketplace.shop.bankBin.invalid}")
    @Pattern(regexp = "\\d{6}", message = "{marketplace.shop.bankBin.invalid}")
    private String bankBin;
    @NotBlank(message = "{marketplace.shop.bankAccount.invalid}")
    @Pattern(regexp = "[0-9]{6,19}", message = "{marketplace.shop.bankAccount.invalid}")
    private String bankAccount;
    @NotBlank(message = "{marketplace.shop.bankAccountName.required}")
    @Size(max = 120, message = "{marketplace.shop.bankAccountName.required}")
    private String bankAccountName;
    @NotNull(message = "{marketplace.shop.fee.invalid}")
    @DecimalMin(value = "0", message = "{marketplace.shop.fee.invalid}")
    @DecimalMax(value = "10000000", message = "{marketplace.shop.fee.invalid}")
    @Digits(integer = 8, fraction = 0, message = "{marketplace.shop.fee.invalid}")
    private BigDecimal deliveryFeeVnd = BigDecimal.valueOf(30000);
    @DecimalMin(value = "0", message = "{marketplace.shop.fee.invalid}")
    @DecimalMax(value = "10000000", message = "{marketplace.shop.fee.invalid}")
    @Digits(integer = 8, fraction = 0, message = "{marketplace.shop.fee.invalid}")
    private BigDecimal deliveryFeeFarVnd;
    @DecimalMin(value = "1", message = "{marketplace.shop.fee.invalid}")
    @Digits(integer = 12, fraction = 0, message = "{marketplace.shop.fee.invalid}")
    private BigDecimal freeDeliveryFromVnd;

    static ShopForm of(vn.htxso.marketplace.ShopView shop) {
        ShopForm form = new ShopForm();
        form.name = shop.name();
        form.story = shop.story();
        form.communeName = shop.communeName();
        form.ethnicMinorityOwner = shop.ethnicMinorityOwner();
        form.bankBin = shop.bankBin();
        form.bankAccount = shop.bankAccount();
        form.bankAccountName = shop.bankAccountName();
        form.deliveryFeeVnd = BigDecimal.valueOf(shop.deliveryFeeVnd());
        form.deliveryFeeFarVnd = shop.deliveryFeeFarVnd() == null ? null : BigDecimal.valueOf(shop.deliveryFeeFarVnd());
        form.freeDeliveryFromVnd = shop.freeDeliveryFromVnd() == null ? null
                : BigDecimal.valueOf(shop.freeDeliveryFromVnd());
        return form;
    }

    vn.htxso.marketplace.NewShop toNewShop() {
        return new vn.htxso.marketplace.NewShop(name, story, communeName, ethnicMinorityOwner, bankBin, bankAccount,
                bankAccountName, deliveryFeeVnd.longValueExact(),
                deliveryFeeFarVnd == null ? null : deliveryFeeFarVnd.longValueExact(),
                freeDeliveryFromVnd == null ? null : freeDeliveryFromVnd.longValueExact());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStory() { return story; }
    public void setStory(String story) { this.story = story; }
    public String getCommuneName() { return communeName; }
    public void setCommuneName(String communeName) { this.communeName = communeName; }
    public boolean isEthnicMinorityOwner() { return ethnicMinorityOwner; }
    public void setEthnicMinorityOwner(boolean ethnicMinorityOwner) { this.ethnicMinorityOwner = ethnicMinorityOwner; }
    public String getBankBin() { return bankBin; }
    public void setBankBin(String bankBin) { this.bankBin = bankBin; }
    public String getBankAccount() { return bankAccount; }
    public void setBankAccount(String bankAccount) { this.bankAccount = bankAccount; }
    public String getBankAccountName() { return bankAccountName; }
    public void setBankAccountName(String bankAccountName) { this.bankAccountName = bankAccountName; }
    public BigDecimal getDeliveryFeeVnd() { return deliveryFeeVnd; }
    public void setDeliveryFeeVnd(BigDecimal deliveryFeeVnd) { this.deliveryFeeVnd = deliveryFeeVnd; }
    public BigDecimal getDeliveryFeeFarVnd() { return deliveryFeeFarVnd; }
    public void setDeliveryFeeFarVnd(BigDecimal deliveryFeeFarVnd) { this.deliveryFeeFarVnd = deliveryFeeFarVnd; }
    public BigDecimal getFreeDeliveryFromVnd() { return freeDeliveryFromVnd; }
    public void setFreeDeliveryFromVnd(BigDecimal freeDeliveryFromVnd) { this.freeDeliveryFromVnd = freeDeliveryFromVnd; }
}
