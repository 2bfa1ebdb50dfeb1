package vn.htxso.marketplace;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.VnFormat;

/**
 * What the market remembers for a signed-in buyer: the last delivery address (so phone and address are not retyped)
 * and the cart (so an item added while signed in is there after the next sign-in, on any device).
 */
@Service
public class BuyerMemory {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BuyerMemory(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    static boolean isBuyer(CurrentUser user) {
        return user != null && user.has(Role.BUYER);
    }

    /** The address of the buyer's last order, if any. */
    public Optional<PlaceOrder.ShippingAddress> lastAddress(CurrentUser buyer) {
        if (!isBuyer(buyer)) {
            return Optional.empty();
        }
        return jdbc.sql("select ship_name, ship_phone, ship_province, ship_commune, ship_street from buyer_addresses "
                        + "where buyer_id = ?").param(buyer.id())
                .query((rs, n) -> new PlaceOrder.ShippingAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).optional();
    }

    /** Remembers the address of an order just placed (inside the caller's transaction). */
    void rememberAddress(UUID buyerId, PlaceOrder.ShippingAddress a) {
        var now = clock.instant().atZone(VnFormat.ZONE).toOffsetDateTime();
        List<String> remembered = jdbc.sql("select ship_name, ship_phone, ship_province, ship_commune, ship_street "
                        + "from buyer_addresses where buyer_id = ?")
                .param(buyerId)
                .query((rs, i) -> List.of(String.valueOf(rs.getString(1)), String.valueOf(rs.getString(2)),
                        String.valueOf(rs.getString(3)), String.valueOf(rs.getString(4)),
                        String.valueOf(rs.getString(5))))
                .optional().orElse(null);
        if (List.of(a.name().strip(), a.phone().strip(), String.valueOf(a.provinceCode()), a.communeName().strip(),
                a.street().strip()).equals(remembered)) {
            return; // the same address again: no write
        }
        int updated = jdbc.sql("update buyer_addresses set ship_name = ?, ship_phone = ?, ship_province = ?, "
                        + "ship_commune = ?, ship_street = ?, updated_at = ? where buyer_id = ?")
                .params(a.name().strip(), a.phone().strip(), a.provinceCode(), a.communeName().strip(),
                        a.street().strip(), now, buyerId).update();
        if (updated == 0) {
            jdbc.sql("insert into buyer_addresses (buyer_id, ship_name, ship_phone, ship_province, ship_commune, "
                            + "ship_street, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(buyerId, a.name().strip(), a.phone().strip(), a.provinceCode(), a.communeName().strip(),
                            a.street().strip(), now).update();
        }
    }

    /** The cart kept with the buyer's account, in the order the lines were added. */
    public Map<UUID, Integer> savedCart(CurrentUser buyer) {
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        if (isBuyer(buyer)) {
            jdbc.sql("select product_id, quantity from buyer_cart_lines where buyer_id = ? order by position")
                    .param(buyer.id())
                    .query(rs -> {
                        lines.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    });
        }
        return lines;
    }

    /** Keeps the buyer's cart as it is now (all lines replaced, all or nothing). */
    public void saveCart(CurrentUser buyer, Map<UUID, Integer> lines) {
        if (!isBuyer(buyer)) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            try {
                transactions.executeWithoutResult(s -> {
                    jdbc.sql("delete from buyer_cart_lines where buyer_id = ?").param(buyer.id()).update();
                    int position = 0;
                    for (Map.Entry<UUID, Integer> line : lines.entrySet()) {
                        if (line.getValue() > 0) {
                            jdbc.sql("insert into buyer_cart_lines (buyer_id, product_id, quantity, position) "
                                    + "select ?, id, ?, ? from products where id = ?")
                                    .params(buyer.id(), line.getValue(), position++, line.getKey()).update();
                        }
                    }
                });
                return;
            } catch (DataIntegrityViolationException parallelSave) {
                // another request of the same buyer saved meanwhile: save again over it
                if (attempt >= 2) {
                    throw parallelSave;
                }
            }
        }
    }
}
