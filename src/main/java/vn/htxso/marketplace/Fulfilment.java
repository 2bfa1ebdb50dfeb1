package vn.htxso.marketplace;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Order;
import vn.htxso.marketplace.internal.OrderCodes;
import vn.htxso.marketplace.internal.OrderLine;
import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Stock;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;

/** Moves orders along: seller confirms, ships, delivers; buyer completes; either cancels; transfers get paid. */
@Service
@Transactional
public class Fulfilment {

    private final Orders orders;
    private final Stock stock;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Fulfilment(Orders orders, Stock stock, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** An order its buyer or seller may see; anyone else gets 404. */
    @Transactional(readOnly = true)
    public OrderView order(CurrentUser user, UUID id) {
        return Views.order(visible(user, id));
    }

    @Transactional(readOnly = true)
    public boolean isSeller(CurrentUser user, UUID orderId) {
        return visible(user, orderId).shop().isSellerOf(user);
    }

    @Transactional(readOnly = true)
    public List<OrderView> ordersOfBuyer(CurrentUser user) {
        return orders.ofBuyer(user.id(), PageRequest.of(0, 100)).stream().map(Views::order).toList();
    }

    private Order visible(CurrentUser user, UUID id) {
        Order order = orders.withShop(id).orElseThrow(() -> new NotFound("order"));
        if (user == null || !(user.id().equals(order.buyerId()) || order.shop().isSellerOf(user))) {
            throw new NotFound("order");
        }
        return order;
    }

    private Order asSeller(CurrentUser user, UUID id) {
        Order order = visible(user, id);
        if (!order.shop().isSellerOf(user)) {
            throw new vn.htxso.platform.Forbidden();
        }
        return order;
    }

    public OrderView confirm(CurrentUser seller, UUID id) {
        Order order = asSeller(seller, id);
        order.moveTo(OrderStatus.CONFIRMED, clock.instant());
        return changed(order, "confirmed", new OrderConfirmed(ref(order), order.code(), order.shop().id(),
                order.buyerId(), order.totalVnd()));
    }

    public OrderView ship(CurrentUser seller, UUID id) {
        Order order = asSeller(seller, id);
        order.moveTo(OrderStatus.SHIPPING, clock.instant());
        return changed(order, "shipped", new OrderShipped(ref(order), order.code(), order.shop().id(),
                order.buyerId(), order.totalVnd()));
    }

    public OrderView deliver(CurrentUser seller, UUID id) {
        Order order = asSeller(seller, id);
        order.moveTo(OrderStatus.DELIVERED, clock.instant());
        return changed(order, "delivered", new OrderDelivered(ref(order), order.code(), order.shop().id(),
                order.buyerId(), order.totalVnd()));
    }

    /** The buyer confirms receipt (or the seller closes a delivered order). */
    public OrderView complete(CurrentUser user, UUID id) {
        Order order = visible(user, id);
        order.moveTo(OrderStatus.COMPLETED, clock.instant());
        return changed(order, "completed", new OrderCompleted(ref(order), order.code(), order.shop().id(),
                order.buyerId(), order.totalVnd()));
    }

    /**
     * Cancels and returns the stock. The buyer may cancel only before the seller confirms; the seller must give
     * a reason.
     */
    public OrderView cancel(CurrentUser user, UUID id, String reason) {
        Order order = visible(user, id);
        boolean seller = order.shop().isSellerOf(user);
        if (!seller && order.status() != OrderStatus.PLACED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.buyerCancelTooLate", order.code());
        }
        if (!seller && order.paidAt() != null) {
            // the transfer arrived: only the seller cancels, and the order then owes a refund (refund_state DUE)
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.paidNeedsRefund", order.code());
        }
        String why = reason == null ? "" : reason.strip();
        if (seller && why.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new BusinessRuleViolation.FieldProblem("reason", "marketplace.order.reason.required")),
                    "marketplace.order.reason.required");
        }
        order.cancel(seller ? "SELLER" : "BUYER", why.length() > 500 ? why.substring(0, 500) : why, clock.instant());
        for (OrderLine line : order.lines()) {
            stock.giveBack(line.productId(), line.quantity());
        }
        return changed(order, "cancelled", new OrderCancelled(ref(order), order.code(), order.shop().id(),
                order.buyerId(), order.totalVnd()));
    }

    /** The seller saw the transfer on the shop's account. */
    public OrderView markPaid(CurrentUser seller, UUID id) {
        Order order = asSeller(seller, id);
        order.markPaid(clock.instant());
        return changed(order, "paid", new OrderPaid(ref(order), order.code(), order.shop().id(), order.buyerId(),
                order.totalVnd()));
    }

    /**
     * A bank-statement line (already checked for its signature): the transfer pays the VIETQR order whose code is
     * in the description and whose total equals the amount.
     */
    public Optional<OrderView> bankStatement(long amountVnd, String description) {
        String text = description == null ? "" : description.toUpperCase(java.util.Locale.ROOT);
        for (String code : OrderCodes.candidatesIn(text)) {
            Optional<Order> match = orders.findByCode(code)
                    .filter(o -> o.paymentMethod() == PaymentMethod.VIETQR && o.paidAt() == null
                            && o.status() != OrderStatus.CANCELLED && o.totalVnd() == amountVnd);
            if (match.isPresent()) {
                Order order = match.get();
                order.markPaid(clock.instant());
                return Optional.of(changed(order, "paid", new OrderPaid(ref(order), order.code(),
                        order.shop().id(), order.buyerId(), order.totalVnd())));
            }
        }
        return Optional.empty();
    }

    private static OrderId ref(Order order) {
        return new OrderId(order.id());
    }

    private OrderView changed(Order order, String what, Object event) {
        Shop shop = order.shop();
        auditLog.record(AuditEntry.of("marketplace.order." + what, "order", order.id(), order.code())
                .inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
        events.publishEvent(event);
        return Views.order(order);
    }
}
