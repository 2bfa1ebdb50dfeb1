package vn.htxso.marketplace.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.marketplace.PlaceOrder.ShippingAddress;

/** The delivery address of each buyer's last order. */
@Repository
public class BuyerAddresses {

    private final JdbcClient jdbc;

    BuyerAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ShippingAddress> of(UUID buyerId) {
        return jdbc.sql("select ship_name, ship_phone, ship_province, ship_commune, ship_street from buyer_addresses "
                        + "where buyer_id = ?").param(buyerId)
                .query((rs, n) -> new ShippingAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).optional();
    }

    /** Keeps the address (its values already stripped) as the buyer's last. */
    public void save(UUID buyerId, ShippingAddress a, OffsetDateTime at) {
        if (of(buyerId).filter(a::equals).isPresent()) {
            return; // the same address again: no write (a read takes no row lock during checkout)
        }
        int updated = jdbc.sql("update buyer_addresses set ship_name = ?, ship_phone = ?, ship_province = ?, "
                        + "ship_commune = ?, ship_street = ?, updated_at = ? where buyer_id = ?")
                .params(a.name(), a.phone(), a.provinceCode(), a.communeName(), a.street(), at, buyerId).update();
        if (updated == 0) {
            jdbc.sql("insert into buyer_addresses (buyer_id, ship_name, ship_phone, ship_province, ship_commune, "
                            + "ship_street, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(buyerId, a.name(), a.phone(), a.provinceCode(), a.communeName(), a.street(), at)
                    .update();
        }
    }
}
