package vn.htxso.marketplace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The products' stock, changed in SQL so that concurrent orders never lose a unit.
 *
 * <p>A product's stock is its home units ({@code products.stock}) plus the units of its stock slots
 * ({@code product_stock_slots}). Parallel buyers of one product take from different slots, each row locked only
 * until its order commits ({@code for update skip locked}), instead of all queueing on the product row through every
 * commit's WAL flush. An order that finds no free slot with enough units takes from the home units (the product row,
 * as before), and that order moves a share of the home units into the slots; then it waits for a busy slot with enough
 * units; a quantity larger than any one slot and than the home units is taken across all of them. Every path takes the product row before any of its slots, or a slot
 * without waiting, so no two orders wait on each other in a circle over one product.
 */
@Repository
public class Stock {

    /** What {@code sum(units)} of a product's slots adds to {@code products.stock} (alias {@code p}). */
    public static final String TOTAL_OF_P =
            "(p.stock + coalesce((select sum(s.units) from product_stock_slots s where s.product_id = p.id), 0))";

    private final JdbcClient jdbc;
    private final int slots;

    Stock(JdbcClient jdbc, StockSlots settings) {
        this.jdbc = jdbc;
        this.slots = settings.count();
    }

    /** How many slots a product's stock is spread over (0: slots switched off, every order takes the home units). */
    public record StockSlots(int count) {
    }

    /** Puts units back on the shelf (a cancelled order) and bumps the product's version for open editors. */
    public void giveBack(UUID productId, int quantity) {
        jdbc.sql("update products set stock = stock + ?, version = version + 1 where id = ?")
                .params(quantity, productId).update();
    }

    /** The product's stock: home units plus slots. */
    public int total(UUID productId) {
        return jdbc.sql("select " + TOTAL_OF_P + " from products p where p.id = ?").param(productId)
                .query(Integer.class).optional().orElse(0);
    }

    /**
     * Takes units off the shelf if there are enough (in total), false if short; never below zero. Locks until commit
     * one slot (others stay free for parallel buyers), or the product row when no free slot holds enough.
     */
    public boolean take(UUID productId, int quantity) {
        if (slots > 0) {
            List<Integer> free = jdbc.sql("select slot from product_stock_slots where product_id = ? and units >= ? "
                            + "limit 1 for update skip locked")
                    .params(productId, quantity).query(Integer.class).list();
            if (!free.isEmpty()) {
                jdbc.sql("update product_stock_slots set units = units - ? where product_id = ? and slot = ?")
                        .params(quantity, productId, free.get(0)).update();
                return true;
            }
        }
        if (jdbc.sql("update products set stock = stock - ?, version = version + 1 where id = ? and stock >= ?")
                .params(quantity, productId, quantity).update() > 0) {
            if (slots > 0) {
                // the row is ours until commit: what is left at home is exact
                refill(productId, jdbc.sql("select stock from products where id = ?").param(productId)
                        .query(Integer.class).single());
            }
            return true;
        }
        if (slots == 0) {
            return false;
        }
        // every slot with enough units is held by another order right now: wait for one of them
        List<Integer> busy = jdbc.sql("select slot from product_stock_slots where product_id = ? and units >= ? "
                        + "order by slot limit 1 for update")
                .params(productId, quantity).query(Integer.class).list();
        if (!busy.isEmpty()) {
            // locked and read again after the wait (read committed re-checks units >= ? on the newest row)
            if (jdbc.sql("update product_stock_slots set units = units - ? where product_id = ? and slot = ? "
                            + "and units >= ?")
                    .params(quantity, productId, busy.get(0), quantity).update() > 0) {
                return true;
            }
        }
        return takeAcross(productId, quantity);
    }

    /**
     * Moves a share of the home units into the slots that no other order holds, so the next buyers take from the
     * slots. Runs in an order that already holds the product row; never waits for a slot.
     */
    private void refill(UUID productId, int home) {
        int share = home / (slots + 1);
        if (share < 1) {
            return;
        }
        List<Integer> free = new ArrayList<>(jdbc.sql("select slot from product_stock_slots where product_id = ? "
                        + "order by units, slot for update skip locked")
                .param(productId).query(Integer.class).list());
        if (free.isEmpty()) {
            int existing = jdbc.sql("select count(*) from product_stock_slots where product_id = ?")
                    .param(productId).query(Integer.class).single();
            if (existing > 0) {
                return; // every slot is in use by an order right now: the next order refills
            }
            // the first refill of this product (others wait for its product row, then see these rows)
            for (int slot = 1; slot <= slots; slot++) {
                jdbc.sql("insert into product_stock_slots (product_id, slot, units) values (?, ?, 0)")
                        .params(productId, slot).update();
                free.add(slot);
            }
        }
        int moved = 0;
        for (Integer slot : free) {
            jdbc.sql("update product_stock_slots set units = units + ? where product_id = ? and slot = ?")
                    .params(share, productId, slot).update();
            moved += share;
        }
        // not a change a seller's open editor must see: the version stays
        jdbc.sql("update products set stock = stock - ? where id = ?").params(moved, productId).update();
    }

    /**
     * A quantity no single slot nor the home units hold: locks the product row, then all its slots in order
     * (waiting for orders that hold them), and takes from the home units first, then slot by slot.
     */
    private boolean takeAcross(UUID productId, int quantity) {
        if (lockProduct(productId) == 0) {
            return false;
        }
        int home = jdbc.sql("select stock from products where id = ?").param(productId).query(Integer.class).single();
        List<int[]> held = jdbc.sql("select slot, units from product_stock_slots where product_id = ? "
                        + "order by slot for update")
                .param(productId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
        long total = home;
        for (int[] slot : held) {
            total += slot[1];
        }
        if (total < quantity) {
            return false;
        }
        int fromHome = Math.min(home, quantity);
        jdbc.sql("update products set stock = stock - ?, version = version + 1 where id = ?")
                .params(fromHome, productId).update();
        int left = quantity - fromHome;
        for (int[] slot : held) {
            if (left == 0) {
                break;
            }
            int part = Math.min(slot[1], left);
            if (part > 0) {
                jdbc.sql("update product_stock_slots set units = units - ? where product_id = ? and slot = ?")
                        .params(part, productId, slot[0]).update();
                left -= part;
            }
        }
        return true;
    }

    /**
     * Locks the product row as an update does (not {@code select ... for update}: that lock mode also waits for the
     * key-share locks that inserting order lines takes on the product, and two orders would deadlock).
     */
    private int lockProduct(UUID productId) {
        return jdbc.sql("update products set stock = stock where id = ?").param(productId).update();
    }

    /**
     * After the seller set the product's stock (its home units, on the product row the caller has already written):
     * empties the slots, so the stock is exactly what the seller set. Waits for orders that hold a slot.
     */
    public void sellerSet(UUID productId) {
        lockProduct(productId);
        jdbc.sql("update product_stock_slots set units = 0 where product_id = ? and units <> 0")
                .param(productId).update();
    }
}
