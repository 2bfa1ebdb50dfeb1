package vn.htxso.marketplace;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;

/** Read-only sales history of a seller's products (for forecasts): quantities sold per full week, not cancelled. */
@Service
@Transactional(readOnly = true)
public class SalesHistory {

    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final Clock clock;

    SalesHistory(Catalogue catalogue, JdbcClient jdbc, Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param firstWeek Monday of the first week of {@code quantities}; the last week is the one before the current
     */
    public record WeeklySales(UUID productId, String productName, String unit, LocalDate firstWeek,
                              long[] quantities) {
    }

    /** The last {@code weeks} full weeks of one product of the seller's shop (403/404 like the seller's pages). */
    public WeeklySales weekly(CurrentUser user, UUID shopId, UUID productId, int weeks) {
        catalogue.shopForSeller(user, shopId);
        record Named(String name, String unit) {
        }
        Named product = jdbc.sql("select name, unit from products where id = ? and shop_id = ?")
                .params(productId, shopId).query((rs, n) -> new Named(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFound("product"));
        LocalDate thisWeek = LocalDate.now(clock.withZone(VnFormat.ZONE))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks);
        long[] quantities = new long[weeks];
        OffsetDateTime from = first.atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        OffsetDateTime to = thisWeek.atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        jdbc.sql("""
                select o.placed_at, l.quantity from order_lines l join orders o on o.id = l.order_id
                where l.product_id = ? and o.shop_id = ? and o.status <> 'CANCELLED'
                  and o.placed_at >= ? and o.placed_at < ?""")
                .params(productId, shopId, from, to).query(rs -> {
                    LocalDate day = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(VnFormat.ZONE)
                            .toLocalDate();
                    int week = (int) ChronoUnit.WEEKS.between(first, day);
                    if (week >= 0 && week < weeks) {
                        quantities[week] += rs.getLong(2);
                    }
                });
        return new WeeklySales(productId, product.name(), product.unit(), first, quantities);
    }

    /** The seller's products of a shop, by name (403/404 like the seller's pages). */
    public List<ProductView> products(CurrentUser user, UUID shopId) {
        return catalogue.sellerProducts(user, shopId);
    }
}
