package vn.htxso.marketplace.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.marketplace.SellerDashboard.BestSeller;
import vn.htxso.marketplace.SellerDashboard.StockLine;
import vn.htxso.platform.VnTime;

/** One shop's figures for its seller's dashboard: revenue of a period, low stock, best sellers. */
@Repository
public class ShopFigures {

    /** Orders not cancelled placed in a period, and their total. */
    public record Revenue(long revenueVnd, long orders) {
    }

    private final JdbcClient jdbc;

    ShopFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The revenue of {@code weeks} consecutive weeks from the Monday {@code firstWeek} (Vietnam time), one read of the
     * shop's orders of the period instead of one per week.
     */
    public List<Revenue> weeklyRevenue(UUID shopId, LocalDate firstWeek, int weeks) {
        long[] revenue = new long[weeks];
        long[] orders = new long[weeks];
        jdbc.sql("""
                select placed_at, total_vnd from orders
                where shop_id = ? and placed_at >= ? and placed_at < ? and status <> 'CANCELLED'""")
                .params(shopId, VnTime.startOf(firstWeek), VnTime.startOf(firstWeek.plusWeeks(weeks)))
                .query(rs -> {
                    LocalDate day = VnTime.at(rs.getObject(1, OffsetDateTime.class).toInstant()).toLocalDate();
                    int week = (int) ChronoUnit.WEEKS.between(firstWeek, day);
                    if (week >= 0 && week < weeks) {
                        revenue[week] += rs.getLong(2);
                        orders[week]++;
                    }
                });
        List<Revenue> result = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            result.add(new Revenue(revenue[i], orders[i]));
        }
        return result;
    }

    /** Active products with at most {@code threshold} units, the fewest first. */
    public List<StockLine> lowStock(UUID shopId, int threshold) {
        return jdbc.sql("""
                select id, name, unit, total from (select p.id, p.name, p.unit, p.active, {total} total
                                                   from products p where p.shop_id = ?) t
                where active = true and total <= ? order by total, name""".replace("{total}", Stock.TOTAL_OF_P)).params(shopId, threshold)
                .query((rs, n) -> new StockLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4))).list();
    }

    /** The five products that sold most (by revenue, orders not cancelled) since {@code since}. */
    public List<BestSeller> bestSellers(UUID shopId, OffsetDateTime since) {
        return jdbc.sql("""
                select l.product_id, max(l.product_name), sum(l.quantity), sum(l.line_total_vnd)
                from order_lines l join orders o on o.id = l.order_id
                where o.shop_id = ? and o.status <> 'CANCELLED' and o.placed_at >= ?
                group by l.product_id order by sum(l.line_total_vnd) desc limit 5""")
                .params(shopId, since)
                .query((rs, n) -> new BestSeller(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4))).list();
    }
}
