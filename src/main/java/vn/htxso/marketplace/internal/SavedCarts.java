package vn.htxso.marketplace.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The carts kept with the buyers' accounts: product and quantity, in the order the lines were added. */
@Repository
public class SavedCarts {

    private final JdbcClient jdbc;

    SavedCarts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, Integer> of(UUID buyerId) {
        Map<UUID, Integer> lines = new LinkedHashMap<>();
        jdbc.sql("select product_id, quantity from buyer_cart_lines where buyer_id = ? order by position")
                .param(buyerId).query(rs -> {
                    lines.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return lines;
    }

    /** Replaces the buyer's lines (call inside a transaction); lines of products that no longer exist are left out. */
    public void replace(UUID buyerId, Map<UUID, Integer> lines) {
        jdbc.sql("delete from buyer_cart_lines where buyer_id = ?").param(buyerId).update();
        int position = 0;
        for (Map.Entry<UUID, Integer> line : lines.entrySet()) {
            if (line.getValue() > 0) {
                jdbc.sql("insert into buyer_cart_lines (buyer_id, product_id, quantity, position) "
                                + "select ?, id, ?, ? from products where id = ?")
                        .params(buyerId, line.getValue(), position++, line.getKey()).update();
            }
        }
    }
}
