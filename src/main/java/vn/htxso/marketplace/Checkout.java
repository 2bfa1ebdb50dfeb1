package vn.htxso.marketplace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.marketplace.internal.Order;
import vn.htxso.marketplace.internal.OrderCodes;
import vn.htxso.marketplace.internal.OrderKeys;
import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Product;
import vn.htxso.marketplace.internal.Products;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Shops;
import vn.htxso.marketplace.internal.Stock;
import vn.htxso.marketplace.internal.VietQr;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.platform.VnFormat;
import vn.htxso.platform.VnTime;

/**
 * Places orders: one shop per order, prices and fees from the server, stock taken with a conditional update so it
 * never goes below zero, and an idempotency key per buyer so a retried request returns the same order.
 */
@Service
public class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);

    /** Attempts of one request when its order code collides with another order's (each draws a new code). */
    private static final int CODE_ATTEMPTS = 8;

    private final Products products;
    private final Orders orders;
    private final OrderKeys orderKeys;
    private final Stock stock;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Shops shops;
    private final OrderCodes codes;
    private final BuyerMemory memory;

    Checkout(Products products, Shops shops, Orders orders, OrderCodes codes, BuyerMemory memory, OrderKeys keys,
             Stock stock,
             AdminUnits adminUnits, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
             PlatformTransactionManager transactionManager) {
        this.products = products;
        this.shops = shops;
        this.codes = codes;
        this.memory = memory;
        this.orders = orders;
        this.orderKeys = keys;
        this.stock = stock;
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Places one order to one shop; the same key again (per buyer) returns the order it placed first. */
    public OrderView place(CurrentUser buyer, String idempotencyKey, PlaceOrder request) {
        return placeAll(buyer, idempotencyKey, List.of(request)).get(0);
    }

    /**
     * Places a basket already split per shop, all or nothing. Each order gets the key {@code key} (one order) or
     * {@code key:n} (the n-th of several), so a double submit returns the same orders.
     */
    public List<OrderView> placeAll(CurrentUser buyer, String idempotencyKey, List<PlaceOrder> requests) {
        if (buyer == null || !buyer.has(Role.BUYER)) {
            throw new Forbidden();
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("Idempotency-Key", "marketplace.order.idempotencyKey.required")),
                    "marketplace.order.idempotencyKey.required");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            keys.add(requests.size() == 1 ? idempotencyKey : idempotencyKey + ":" + i);
        }
        Optional<List<OrderView>> earlier = earlier(buyer.id(), keys);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int codeCollisions = 0;
        for (int attempt = 0; ; attempt++) {
            try {
                List<OrderView> orders = transactions.execute(status -> {
                    List<OrderView> placed = new ArrayList<>();
                    for (int i = 0; i < requests.size(); i++) {
                        placed.add(placeInTransaction(buyer, keys.get(i), requests.get(i)));
                    }
                    return placed;
                });
                rememberAddress(buyer, requests.get(requests.size() - 1).address());
                return orders;
            } catch (DataIntegrityViolationException duplicate) {
                // a parallel request with the same key won the race: answer with its orders
                Optional<List<OrderView>> winner = earlier(buyer.id(), keys);
                if (winner.isPresent()) {
                    return winner.get();
                }
                // another order drew the same code: the whole transaction rolled back, so draw again
                if (!isCodeCollision(duplicate)) {
                    throw duplicate;
                }
                if (++codeCollisions >= CODE_ATTEMPTS) {
                    throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.busy");
                }
            } catch (PessimisticLockingFailureException busy) {
                if (attempt >= 4) {
                    throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.busy");
                }
            }
        }
    }

    /**
     * The address for the next checkout, after the orders committed: outside the order's transaction, so the product
     * rows it locked are not held for this write (parallel orders of one buyer would also queue on the buyer's row).
     * A failure here loses a convenience, never the placed order.
     */
    private void rememberAddress(CurrentUser buyer, PlaceOrder.ShippingAddress address) {
        try {
            memory.rememberAddress(buyer.id(), address);
        } catch (DataAccessException failed) {
            log.warn("Could not remember the shipping address of buyer {}: {}", buyer.id(), failed.getMessage());
        }
    }

    private Optional<List<OrderView>> earlier(UUID buyerId, List<String> keys) {
        List<OrderView> found = new ArrayList<>();
        for (String key : keys) {
            Optional<UUID> orderId = orderKeys.orderOf(buyerId, key);
            if (orderId.isEmpty()) {
                return Optional.empty();
            }
            found.add(transactions.execute(s -> Views.order(orders.withShop(orderId.get()).orElseThrow())));
        }
        return Optional.of(found);
    }

    private OrderView placeInTransaction(CurrentUser buyer, String key, PlaceOrder request) {
        PlaceOrder.ShippingAddress address = request.address();
        if (address == null || !adminUnits.isProvince(address.provinceCode())) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("shippingAddress.provinceCode", "marketplace.checkout.province.invalid")),
                    "marketplace.checkout.province.invalid");
        }
        if (request.items() == null || request.items().isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("items", "marketplace.order.items.required")),
                    "marketplace.order.items.required");
        }
        // merge repeated products; a fixed order of rows keeps parallel buyers from deadlocking
        Map<UUID, Integer> quantities = new TreeMap<>();
        for (PlaceOrder.Item item : request.items()) {
            if (item.productId() == null || item.quantity() < 1) {
                throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                        List.of(new FieldProblem("items", "marketplace.order.quantity.invalid")),
                        "marketplace.order.quantity.invalid");
            }
            quantities.merge(item.productId(), item.quantity(), Math::addExact);
        }
        Map<Product, Integer> lines = new LinkedHashMap<>();
        Shop shop = null;
        for (Map.Entry<UUID, Integer> entry : quantities.entrySet()) {
            Product product = products.withShop(entry.getKey())
                    .filter(p -> p.active() && p.shop().verified())
                    .orElseThrow(() -> new NotFound("product"));
            if (shop != null && !shop.id().equals(product.shop().id())) {
                throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                        List.of(new FieldProblem("items", "marketplace.order.oneShop")), "marketplace.order.oneShop");
            }
            shop = product.shop();
            lines.put(product, entry.getValue());
        }
        PaymentMethod method = request.paymentMethod() == null ? PaymentMethod.COD : request.paymentMethod();
        if (method == PaymentMethod.VIETQR && !shop.bankVerified()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.checkout.vietQrPending", shop.name());
        }
        Order order = new Order(newCode(), shop, buyer.id(), method, address.name().strip(), address.phone().strip(), address.provinceCode(),
                address.communeName().strip(), address.street().strip(), clock.instant());
        lines.forEach(order::addLine);
        orders.saveAndFlush(order);
        orderKeys.remember(buyer.id(), key, order.id(), VnTime.now(clock));
        auditLog.record(AuditEntry.of("marketplace.order.placed", "order", order.id(), order.code() + " "
                + order.totalVnd()).inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
        events.publishEvent(new OrderPlaced(new OrderId(order.id()), order.code(), shop.id(), buyer.id(),
                order.totalVnd()));
        // Stock last: the row it takes (a stock slot, or the product row) stays locked until commit, so other buyers
        // of the same product take other slots meanwhile (Stock). Short stock rolls everything back.
        for (Map.Entry<Product, Integer> line : lines.entrySet()) {
            if (!stock.take(line.getKey().id(), line.getValue())) {
                throw new OutOfStock(line.getKey().name());
            }
        }
        return Views.order(order);
    }

    private String newCode() {
        return codes.next(clock.instant());
    }

    /** The unique index on order codes, as PostgreSQL and H2 name it in their messages. */
    private static boolean isCodeCollision(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("orders_code_uq")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The delivery fee a shop asks for an order of {@code subtotalVnd} to a province (its own fee, the fee for
     * elsewhere, or none from its free-delivery amount), shown before the buyer confirms.
     */
    public long deliveryFee(UUID shopId, long subtotalVnd, String provinceCode) {
        return transactions.execute(s -> shops.findById(shopId).orElseThrow(() -> new NotFound("shop"))
                .deliveryFeeFor(subtotalVnd, provinceCode));
    }

    /** The VietQR transfer for a VIETQR order, for its buyer or its seller. */
    public PaymentQr paymentQr(CurrentUser user, UUID orderId) {
        return transactions.execute(s -> {
            Order order = orders.withShop(orderId).orElseThrow(() -> new NotFound("order"));
            boolean buyer = user != null && user.id().equals(order.buyerId());
            if (!buyer && !order.shop().isSellerOf(user)) {
                throw new NotFound("order");
            }
            if (order.paymentMethod() != PaymentMethod.VIETQR) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.notVietQr", order.code());
            }
            // the payee frozen when the order was placed, never the shop's current account
            if (order.payeeBankBin() == null || order.payeeBankAccount() == null) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.order.noPayee", order.code());
            }
            String payload = VietQr.payload(order.payeeBankBin(), order.payeeBankAccount(), order.totalVnd(), null,
                    order.code());
            return new PaymentQr(payload, order.payeeBankBin(), order.payeeBankAccount(), order.totalVnd(),
                    order.code(), order.payeeAccountName());
        });
    }
}
