package vn.htxso.marketplace.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products' stock, changed in SQL so that concurrent orders never lose a unit. */
@Repository
public class Stock {

    private final JdbcClient jdbc;

    Stock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts units back on the shelf (a cancelled order) and bumps the product's version for open editors. */
    public void giveBack(UUID productId, int quantity) {
        jdbc.sql("update products set stock = stock + ?, version = version + 1 where id = ?")
                .params(quantity, productId).update();
    }

    /**
     * Takes units off the shelf if there are enough, with a conditional update that locks the product row until
     * commit (parallel buyers of the same product queue, and stock never goes below zero); false if short.
     */
    public boolean take(UUID productId, int quantity) {
        return jdbc.sql("update products set stock = stock - ?, version = version + 1 where id = ? and stock >= ?")
                .params(quantity, productId, quantity).update() > 0;
    }
}
