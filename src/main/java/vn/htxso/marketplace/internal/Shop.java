package vn.htxso.marketplace.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;

/** A shop of a co-op (or of one of its member households) with its bank account for VietQR and its delivery fee. */
@Entity
@Table(name = "shops")
public class Shop {

    @Id
    @GenericField(name = "id", searchable = Searchable.YES)
    private UUID id;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(name = "owner_user_id")
    private UUID ownerUserId;
    @Column(nullable = false)
    private String name;
    private String story;
    @Column(name = "province_code", nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private String provinceCode;
    @Column(name = "commune_name", nullable = false)
    private String communeName;
    @Column(name = "ethnic_minority_owner", nullable = false)
    @GenericField(aggregable = Aggregable.YES)
    private boolean ethnicMinorityOwner;
    @GenericField
    private boolean verified;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "bank_bin", nullable = false)
    private String bankBin;
    @Column(name = "bank_account", nullable = false)
    private String bankAccount;
    @Column(name = "bank_account_name", nullable = false)
    private String bankAccountName;
    @Column(name = "bank_verified", nullable = false)
    private boolean bankVerified = true;
    @Column(name = "delivery_fee_vnd", nullable = false)
    private long deliveryFeeVnd;
    @Column(name = "free_delivery_from_vnd")
    private Long freeDeliveryFromVnd;
    @Column(name = "delivery_fee_far_vnd")
    private Long deliveryFeeFarVnd;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "shop", fetch = FetchType.LAZY)
    private List<Product> products = new ArrayList<>();

    protected Shop() {
    }

    public Shop(UUID organisationId, UUID ownerUserId, String name, String provinceCode, String communeName,
                boolean ethnicMinorityOwner, String bankBin, String bankAccount, String bankAccountName,
                long deliveryFeeVnd, Long freeDeliveryFromVnd, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.ownerUserId = ownerUserId;
        this.name = name;
        this.provinceCode = provinceCode;
        this.communeName = communeName;
        this.ethnicMinorityOwner = ethnicMinorityOwner;
        this.bankBin = bankBin;
        this.bankAccount = bankAccount;
        this.bankAccountName = bankAccountName;
        this.deliveryFeeVnd = deliveryFeeVnd;
        this.freeDeliveryFromVnd = freeDeliveryFromVnd;
        this.createdAt = now;
    }

    /** Whether the user sells for this shop: its household owner, or a manager of its co-op. */
    public boolean isSellerOf(CurrentUser user) {
        if (user == null) {
            return false;
        }
        return (user.has(Role.MEMBER_SELLER) && user.id().equals(ownerUserId)) || user.manages(organisationId);
    }

    /**
     * The delivery fee for an order of this subtotal to a province: flat per order (another flat fee outside the
     * shop's province when the shop set one), free from an amount.
     */
    public long deliveryFeeFor(long subtotalVnd, String toProvince) {
        if (freeDeliveryFromVnd != null && subtotalVnd >= freeDeliveryFromVnd) {
            return 0;
        }
        if (deliveryFeeFarVnd != null && toProvince != null && !toProvince.equals(provinceCode)) {
            return deliveryFeeFarVnd;
        }
        return deliveryFeeVnd;
    }

    /**
     * The seller's settings: story, bank account for VietQR, delivery fees. A different bank account waits for the
     * alliance's verification before new VietQR orders.
     *
     * @return whether the bank account changed
     */
    public boolean change(String name, String story, String communeName, String bankBin, String bankAccount,
                       String bankAccountName, long deliveryFeeVnd, Long deliveryFeeFarVnd, Long freeDeliveryFromVnd) {
        boolean bankChanged = !java.util.Objects.equals(this.bankBin, bankBin)
                || !java.util.Objects.equals(this.bankAccount, bankAccount)
                || !java.util.Objects.equals(this.bankAccountName, bankAccountName);
        if (bankChanged) {
            this.bankVerified = false;
        }
        this.name = name;
        this.story = story;
        this.communeName = communeName;
        this.bankBin = bankBin;
        this.bankAccount = bankAccount;
        this.bankAccountName = bankAccountName;
        this.deliveryFeeVnd = deliveryFeeVnd;
        this.deliveryFeeFarVnd = deliveryFeeFarVnd;
        this.freeDeliveryFromVnd = freeDeliveryFromVnd;
        return bankChanged;
    }

    public void setDeliveryFeeFarVnd(Long deliveryFeeFarVnd) {
        this.deliveryFeeFarVnd = deliveryFeeFarVnd;
    }

    public void verify(String by, Instant now) {
        this.verified = true;
        this.bankVerified = true;
        this.verifiedAt = now;
        this.verifiedBy = by;
    }

    /** The household member who sells for this shop (an alliance officer links it). */
    public void linkOwner(UUID userId) {
        this.ownerUserId = userId;
    }

    public void unverify() {
        this.verified = false;
        this.verifiedAt = null;
        this.verifiedBy = null;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public UUID ownerUserId() { return ownerUserId; }
    public String name() { return name; }
    public String story() { return story; }
    public String provinceCode() { return provinceCode; }
    public String communeName() { return communeName; }
    public boolean ethnicMinorityOwner() { return ethnicMinorityOwner; }
    public boolean verified() { return verified; }
    public Instant verifiedAt() { return verifiedAt; }
    public String bankBin() { return bankBin; }
    public String bankAccount() { return bankAccount; }
    public String bankAccountName() { return bankAccountName; }
    /** Whether the alliance verified the current bank account (false after a change, until it verifies again). */
    public boolean bankVerified() { return bankVerified; }
    public long deliveryFeeVnd() { return deliveryFeeVnd; }
    public Long freeDeliveryFromVnd() { return freeDeliveryFromVnd; }
    public Long deliveryFeeFarVnd() { return deliveryFeeFarVnd; }
    public Instant createdAt() { return createdAt; }

    public String getProvinceCode() { return provinceCode; }
    public boolean isEthnicMinorityOwner() { return ethnicMinorityOwner; }
    public boolean isVerified() { return verified; }
    public UUID getId() { return id; }
    public String getName() { return name; }
    public List<Product> getProducts() { return products; }
}
