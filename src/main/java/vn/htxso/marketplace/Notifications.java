package vn.htxso.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnTime;

/**
 * Tells buyer and seller what happened to an order: an in-app notification each, and an e-mail (logged in the
 * demo; a mail server is configured with Spring's {@code spring.mail.*} in production). Listeners are idempotent.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient jdbc;
    private final ShopAdministration shops;
    private final MarketplaceProperties properties;
    private final Clock clock;

    Notifications(JdbcClient jdbc, ShopAdministration shops, MarketplaceProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.shops = shops;
        this.properties = properties;
        this.clock = clock;
    }

    public record Notice(String messageKey, String orderCode, UUID orderId, Instant createdAt) {
    }

    @ApplicationModuleListener(id = "marketplace.notify.placed")
    void on(OrderPlaced e) {
        notify("placed", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.confirmed")
    void on(OrderConfirmed e) {
        notify("confirmed", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.shipped")
    void on(OrderShipped e) {
        notify("shipped", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.delivered")
    void on(OrderDelivered e) {
        notify("delivered", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.completed")
    void on(OrderCompleted e) {
        notify("completed", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.cancelled")
    void on(OrderCancelled e) {
        notify("cancelled", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    @ApplicationModuleListener(id = "marketplace.notify.paid")
    void on(OrderPaid e) {
        notify("paid", e.orderId(), e.code(), e.shopId(), e.buyerId());
    }

    private void notify(String what, OrderId orderId, String code, UUID shopId, UUID buyerId) {
        String key = "marketplace.notice." + what;
        var now = VnTime.now(clock);
        jdbc.sql("""
                insert into market_notifications (user_id, shop_id, message_key, order_code, order_id, created_at)
                select ?, null, ?, ?, ?, ? where not exists
                  (select 1 from market_notifications where user_id = ? and order_id = ? and message_key = ?)""")
                .params(buyerId, key, code, orderId.value(), now, buyerId, orderId.value(), key).update();
        jdbc.sql("""
                insert into market_notifications (user_id, shop_id, message_key, order_code, order_id, created_at)
                select null, ?, ?, ?, ?, ? where not exists
                  (select 1 from market_notifications where shop_id = ? and order_id = ? and message_key = ?)""")
                .params(shopId, key, code, orderId.value(), now, shopId, orderId.value(), key).update();
        log.info("e-mail from {} to buyer {} and shop {}: order {} {}", properties.mailFrom(), buyerId, shopId, code,
                what);
    }

    /** The user's own notices and those of the shops they sell for, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> of(CurrentUser user) {
        List<Object> params = new ArrayList<>();
        params.add(user.id());
        StringBuilder sql = new StringBuilder("""
                select message_key, order_code, order_id, created_at from market_notifications where user_id = ?""");
        for (ShopView shop : shops.sellerShops(user)) {
            sql.append(" or shop_id = ?");
            params.add(shop.id());
        }
        sql.append(" order by id desc limit 50");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Notice(rs.getString(1), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getObject(4, java.time.OffsetDateTime.class).toInstant())).list();
    }
}
