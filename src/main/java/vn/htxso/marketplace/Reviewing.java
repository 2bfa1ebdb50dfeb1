package vn.htxso.marketplace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Order;
import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Shops;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnTime;

/** Reviews by buyers whose order was delivered (1–5 stars and text); the seller may reply once. */
@Service
@Transactional
public class Reviewing {

    private static final String SELECT = """
            select r.id, r.product_id, p.name as product_name, r.buyer_name, r.stars, r.body, r.reply, r.created_at
            from reviews r join products p on p.id = r.product_id""";

    private final JdbcClient jdbc;
    private final Orders orders;
    private final Shops shops;
    private final AuditLog auditLog;
    private final Clock clock;

    Reviewing(JdbcClient jdbc, Orders orders, Shops shops, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.shops = shops;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReviewView> ofProduct(UUID productId) {
        return jdbc.sql(SELECT + " where r.product_id = ? order by r.created_at desc limit 50").param(productId)
                .query(Reviewing::row).list();
    }

    @Transactional(readOnly = true)
    public List<ReviewView> ofShop(UUID shopId) {
        return jdbc.sql(SELECT + " where r.shop_id = ? order by r.created_at desc limit 100").param(shopId)
                .query(Reviewing::row).list();
    }

    static ReviewView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReviewView(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
                rs.getString("product_name"), rs.getString("buyer_name"), rs.getInt("stars"), rs.getString("body"),
                rs.getString("reply"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }

    /** The products of the order the buyer already reviewed. */
    @Transactional(readOnly = true)
    public List<UUID> reviewedProducts(UUID orderId) {
        return jdbc.sql("select product_id from reviews where order_id = ?").param(orderId).query(UUID.class).list();
    }

    public UUID review(CurrentUser buyer, UUID orderId, UUID productId, int stars, String body) {
        Order order = orders.withShop(orderId).orElseThrow(() -> new NotFound("order"));
        if (buyer == null || !buyer.id().equals(order.buyerId())) {
            throw new NotFound("order");
        }
        if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.review.notDelivered");
        }
        if (order.lines().stream().noneMatch(l -> l.productId().equals(productId))) {
            throw new NotFound("product");
        }
        if (stars < 1 || stars > 5) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("stars", "marketplace.review.stars.invalid")),
                    "marketplace.review.stars.invalid");
        }
        String text = body == null ? null : body.strip();
        if (text != null && text.length() > 2000) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("body", "marketplace.review.body.size")), "marketplace.review.body.size");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into reviews (id, order_id, product_id, shop_id, buyer_id, buyer_name, stars, body, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, orderId, productId, order.shop().id(), buyer.id(), buyer.displayName(), stars,
                            text == null || text.isEmpty() ? null : text, VnTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.review.already");
        }
        auditLog.record(AuditEntry.of("marketplace.review.created", "review", id, order.code())
                .inProvince(order.shop().provinceCode()).ofOrganisation(order.shop().organisationId()));
        return id;
    }

    public void reply(CurrentUser seller, UUID reviewId, String reply) {
        UUID shopId = jdbc.sql("select shop_id from reviews where id = ?").param(reviewId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFound("review"));
        Shop shop = shops.findById(shopId).orElseThrow(() -> new NotFound("shop"));
        if (!shop.isSellerOf(seller)) {
            throw new Forbidden();
        }
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    List.of(new FieldProblem("reply", "marketplace.review.reply.invalid")),
                    "marketplace.review.reply.invalid");
        }
        jdbc.sql("update reviews set reply = ?, replied_at = ? where id = ?")
                .params(text, VnTime.now(clock), reviewId).update();
        auditLog.record(AuditEntry.of("marketplace.review.replied", "review", reviewId, null)
                .inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
    }
}
