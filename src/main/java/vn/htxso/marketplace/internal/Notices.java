package vn.htxso.marketplace.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app notices of buyers and shops ({@code market_notifications}). */
@Repository
public class Notices {

    /** A notice as a page lists it. */
    public record Row(String messageKey, String orderCode, UUID orderId, Instant createdAt) {
    }

    /** Who a shop's mail goes to: its household owner, or else the managers of its co-op. */
    public record ShopOwner(UUID ownerUserId, UUID organisationId) {
    }

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes an order's change for its buyer, once per order and key. */
    public void forBuyer(UUID buyerId, String key, String orderCode, UUID orderId, OffsetDateTime now) {
        jdbc.sql("""
                insert into market_notifications (user_id, shop_id, message_key, order_code, order_id, created_at)
                select ?, null, ?, ?, ?, ? where not exists
                  (select 1 from market_notifications where user_id = ? and order_id = ? and message_key = ?)""")
                .params(buyerId, key, orderCode, orderId, now, buyerId, orderId, key).update();
    }

    /** Notes an order's change for its shop, once per order and key. */
    public void forShop(UUID shopId, String key, String orderCode, UUID orderId, OffsetDateTime now) {
        jdbc.sql("""
                insert into market_notifications (user_id, shop_id, message_key, order_code, order_id, created_at)
                select null, ?, ?, ?, ?, ? where not exists
                  (select 1 from market_notifications where shop_id = ? and order_id = ? and message_key = ?)""")
                .params(shopId, key, orderCode, orderId, now, shopId, orderId, key).update();
    }

    /**
     * A notice about the shop itself (no order), for its owner or, without one, for the shop; once per key and
     * time (the time of what it tells).
     */
    public void aboutShop(UUID ownerUserId, UUID shopId, String key, OffsetDateTime at) {
        UUID shop = ownerUserId == null ? shopId : null;
        jdbc.sql("""
                insert into market_notifications (user_id, shop_id, message_key, order_code, order_id, created_at)
                select ?, ?, ?, null, null, ? where not exists (select 1 from market_notifications
                  where (user_id = ? or shop_id = ?) and message_key = ? and created_at = ? and order_id is null)""")
                .params(ownerUserId, shop, key, at, ownerUserId, shop, key, at).update();
    }

    public Optional<ShopOwner> ownerOf(UUID shopId) {
        return jdbc.sql("select owner_user_id, organisation_id from shops where id = ?").param(shopId)
                .query((rs, n) -> new ShopOwner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).optional();
    }

    /** A user's own notices and those of the given shops, newest first, at most 50. */
    public List<Row> of(UUID userId, List<UUID> shopIds) {
        List<Object> params = new ArrayList<>();
        params.add(userId);
        StringBuilder sql = new StringBuilder("""
                select message_key, order_code, order_id, created_at from market_notifications where user_id = ?""");
        for (UUID shop : shopIds) {
            sql.append(" or shop_id = ?");
            params.add(shop);
        }
        sql.append(" order by id desc limit 50");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class).toInstant())).list();
    }
}
