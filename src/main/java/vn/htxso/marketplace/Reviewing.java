package vn.htxso.marketplace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Order;
import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Reviews;
import vn.htxso.marketplace.internal.Reviews.NewReview;
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

    private final Reviews reviews;
    private final Orders orders;
    private final Shops shops;
    private final AuditLog auditLog;
    private final Clock clock;

    Reviewing(Reviews reviews, Orders orders, Shops shops, AuditLog auditLog, Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.shops = shops;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReviewView> ofProduct(UUID productId) {
        return reviews.ofProduct(productId);
    }

    @Transactional(readOnly = true)
    public List<ReviewView> ofShop(UUID shopId) {
        return reviews.ofShop(shopId);
    }

    /** The products of the order the buyer already reviewed. */
    @Transactional(readOnly = true)
    public List<UUID> reviewedProducts(UUID orderId) {
        return reviews.productsReviewedIn(orderId);
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
            reviews.add(new NewReview(id, orderId, productId, order.shop().id(), buyer.id(), buyer.displayName(),
                    stars, text == null || text.isEmpty() ? null : text, VnTime.now(clock)));
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.review.already");
        }
        auditLog.record(AuditEntry.of("marketplace.review.created", "review", id, order.code())
                .inProvince(order.shop().provinceCode()).ofOrganisation(order.shop().organisationId()));
        return id;
    }

    public void reply(CurrentUser seller, UUID reviewId, String reply) {
        UUID shopId = reviews.shopOf(reviewId).orElseThrow(() -> new NotFound("review"));
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
        reviews.reply(reviewId, text, VnTime.now(clock));
        auditLog.record(AuditEntry.of("marketplace.review.replied", "review", reviewId, null)
                .inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
    }
}
