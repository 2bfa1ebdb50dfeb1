package vn.htxso.marketplace.internal;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregate counts of the market (shops, products, orders) by province, by commune and by period, for the
 * alliance's operating report and the scorecards. Aggregate SQL only: nothing is loaded row by row.
 * A {@code province} of {@code null} means every province.
 */
@Repository
public class MarketFigures {

    /** Shops created before the end of the period. */
    public record ShopCounts(String place, long shops, long verified, long ethnicMinorityOwned) {
    }

    /** Active products created before the end of the period, and those with a valid OCOP rating on its last day. */
    public record ProductCounts(String place, long products, long ocop) {
    }

    /** Orders placed in the period. */
    public record OrderCounts(String place, long orders, long completed, long cancelled, long gmvVnd) {
    }

    /** Verified shops of a commune, their active and OCOP products. */
    public record CommuneShops(String commune, long verifiedShops, long activeProducts, long ocopProducts) {
    }

    /** Orders of a commune's shops placed in the period, not cancelled. */
    public record CommuneOrders(String commune, long orders, long vietQrOrders, long salesVnd) {
    }

    private final JdbcClient jdbc;

    MarketFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommuneShops> communeShops(String province, OffsetDateTime end, LocalDate day) {
        return jdbc.sql("""
                select s.commune_name, count(distinct s.id), count(p.id),
                       sum(case when p.ocop_stars is not null and p.ocop_expires_on >= :day then 1 else 0 end)
                from shops s left join products p on p.shop_id = s.id and p.active = true and p.created_at < :end
                where s.province_code = :province and s.verified = true and s.verified_at < :end
                group by s.commune_name""")
                .param("province", province).param("end", end).param("day", day)
                .query((rs, n) -> new CommuneShops(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    public List<CommuneOrders> communeOrders(String province, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql("""
                select s.commune_name, count(*), sum(case when o.payment_method = 'VIETQR' then 1 else 0 end),
                       sum(o.total_vnd)
                from orders o join shops s on s.id = o.shop_id
                where s.province_code = :province and o.status <> 'CANCELLED'
                  and o.placed_at >= :start and o.placed_at < :end
                group by s.commune_name""")
                .param("province", province).param("start", start).param("end", end)
                .query((rs, n) -> new CommuneOrders(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    public List<ShopCounts> shopsByProvince(String province, OffsetDateTime end) {
        return jdbc.sql("""
                select s.province_code, count(*),
                       sum(case when s.verified then 1 else 0 end),
                       sum(case when s.ethnic_minority_owner then 1 else 0 end)
                from shops s where s.created_at < :end""" + inProvince(province) + " group by s.province_code")
                .param("end", end).params(scope(province))
                .query((rs, n) -> new ShopCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    public List<ProductCounts> productsByProvince(String province, OffsetDateTime end, LocalDate day) {
        return jdbc.sql("""
                select s.province_code, count(*),
                       sum(case when p.ocop_stars is not null and p.ocop_expires_on >= :day then 1 else 0 end)
                from products p join shops s on s.id = p.shop_id
                where p.active = true and p.created_at < :end""" + inProvince(province) + " group by s.province_code")
                .param("end", end).param("day", day).params(scope(province))
                .query((rs, n) -> new ProductCounts(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public List<OrderCounts> ordersByProvince(String province, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql(ORDER_COUNTS + ", s.province_code from orders o join shops s on s.id = o.shop_id"
                        + " where o.placed_at >= :start and o.placed_at < :end" + inProvince(province)
                        + " group by s.province_code")
                .param("start", start).param("end", end).params(scope(province))
                .query((rs, n) -> orderCounts(rs.getString(5), rs)).list();
    }

    /** The orders of one period in one province or all: one row, zeros when none. */
    public OrderCounts orders(String province, OffsetDateTime start, OffsetDateTime end) {
        String from = province == null ? " from orders o" : " from orders o join shops s on s.id = o.shop_id";
        return jdbc.sql(ORDER_COUNTS + from + " where o.placed_at >= :start and o.placed_at < :end"
                        + inProvince(province))
                .param("start", start).param("end", end).params(scope(province))
                .query((rs, n) -> orderCounts(province, rs)).single();
    }

    private static final String ORDER_COUNTS = """
            select count(*), sum(case when o.status = 'COMPLETED' then 1 else 0 end),
                   sum(case when o.status = 'CANCELLED' then 1 else 0 end),
                   sum(case when o.status <> 'CANCELLED' then o.total_vnd else 0 end)""";

    private static OrderCounts orderCounts(String place, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OrderCounts(place, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }

    private static String inProvince(String province) {
        return province == null ? "" : " and s.province_code = :province";
    }

    private static Map<String, ?> scope(String province) {
        return province == null ? Map.of() : Map.of("province", province);
    }
}
