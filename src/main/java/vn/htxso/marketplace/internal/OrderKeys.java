package vn.htxso.marketplace.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys of placed orders, one per buyer and key: a retried request finds the order it placed first.
 * The primary key (buyer, key) refuses a second order under the same key placed in parallel.
 */
@Repository
public class OrderKeys {

    private final JdbcClient jdbc;

    OrderKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order a buyer placed under a key, if any. */
    public Optional<UUID> orderOf(UUID buyerId, String key) {
        return jdbc.sql("select order_id from order_idempotency where buyer_id = ? and idem_key = ?")
                .params(buyerId, key).query(UUID.class).optional();
    }

    /** Records the key of a new order (in the order's transaction). */
    public void remember(UUID buyerId, String key, UUID orderId, OffsetDateTime at) {
        jdbc.sql("insert into order_idempotency (buyer_id, idem_key, order_id, created_at) values (?, ?, ?, ?)")
                .params(buyerId, key, orderId, at)
                .update();
    }
}
