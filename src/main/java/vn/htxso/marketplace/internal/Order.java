package vn.htxso.marketplace.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.http.HttpStatus;

import vn.htxso.marketplace.OrderStatus;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.platform.BusinessRuleViolation;

/** An order to one shop. Prices, fee and total are computed by the server when it is placed. */
@Entity
@Table(name = "orders")
public class Order {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;
    @Column(name = "buyer_id", nullable = false)
    private UUID buyerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    private PaymentMethod paymentMethod;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "subtotal_vnd", nullable = false)
    private long subtotalVnd;
    @Column(name = "delivery_fee_vnd", nullable = false)
    private long deliveryFeeVnd;
    @Column(name = "total_vnd", nullable = false)
    private long totalVnd;
    @Column(name = "ship_name", nullable = false)
    private String shipName;
    @Column(name = "ship_phone", nullable = false)
    private String shipPhone;
    @Column(name = "ship_province", nullable = false)
    private String shipProvince;
    @Column(name = "ship_commune", nullable = false)
    private String shipCommune;
    @Column(name = "ship_street", nullable = false)
    private String shipStreet;
    @Column(name = "payee_bank_bin")
    private String payeeBankBin;
    @Column(name = "payee_bank_account")
    private String payeeBankAccount;
    @Column(name = "payee_account_name")
    private String payeeAccountName;
    @Column(name = "refund_state")
    private String refundState;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public Order(String code, Shop shop, UUID buyerId, PaymentMethod paymentMethod, String shipName,
                 String shipPhone, String shipProvince, String shipCommune, String shipStreet, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.shop = shop;
        this.buyerId = buyerId;
        this.status = OrderStatus.PLACED;
        this.paymentMethod = paymentMethod;
        this.shipName = shipName;
        this.shipPhone = shipPhone;
        this.shipProvince = shipProvince;
        this.shipCommune = shipCommune;
        this.shipStreet = shipStreet;
        this.placedAt = now;
        this.updatedAt = now;
        if (paymentMethod == PaymentMethod.VIETQR) {
            // the payee is the shop's account when the order is placed, whatever the shop changes later
            this.payeeBankBin = shop.bankBin();
            this.payeeBankAccount = shop.bankAccount();
            this.payeeAccountName = shop.bankAccountName();
        }
    }

    public void addLine(Product product, int quantity) {
        OrderLine line = new OrderLine(this, product, quantity);
        lines.add(line);
        subtotalVnd = Math.addExact(subtotalVnd, line.lineTotalVnd());
        deliveryFeeVnd = shop.deliveryFeeFor(subtotalVnd, shipProvince);
        totalVnd = Math.addExact(subtotalVnd, deliveryFeeVnd);
    }

    public void moveTo(OrderStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.badTransition", code);
        }
        this.status = next;
        this.updatedAt = now;
    }

    public void cancel(String by, String reason, Instant now) {
        moveTo(OrderStatus.CANCELLED, now);
        if (paidAt != null) {
            // the buyer's money came in: the cancellation owes it back
            this.refundState = "DUE";
        }
        this.cancelledBy = by;
        this.cancelReason = reason;
    }

    public void markPaid(Instant now) {
        if (paymentMethod != PaymentMethod.VIETQR || paidAt != null || status == OrderStatus.CANCELLED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.cannotMarkPaid", code);
        }
        this.paidAt = now;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public Shop shop() { return shop; }
    public UUID buyerId() { return buyerId; }
    public OrderStatus status() { return status; }
    public PaymentMethod paymentMethod() { return paymentMethod; }
    public Instant paidAt() { return paidAt; }
    public long subtotalVnd() { return subtotalVnd; }
    public long deliveryFeeVnd() { return deliveryFeeVnd; }
    public long totalVnd() { return totalVnd; }
    public String shipName() { return shipName; }
    public String shipPhone() { return shipPhone; }
    public String shipProvince() { return shipProvince; }
    public String shipCommune() { return shipCommune; }
    public String shipStreet() { return shipStreet; }
    public String payeeBankBin() { return payeeBankBin; }
    public String payeeBankAccount() { return payeeBankAccount; }
    public String payeeAccountName() { return payeeAccountName; }
    public String refundState() { return refundState; }
    public String cancelReason() { return cancelReason; }
    public String cancelledBy() { return cancelledBy; }
    public Instant placedAt() { return placedAt; }
    public List<OrderLine> lines() { return lines; }
}
