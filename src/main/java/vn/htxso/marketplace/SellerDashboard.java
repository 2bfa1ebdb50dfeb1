package vn.htxso.marketplace;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnFormat;
import vn.htxso.platform.VnTime;

/** The seller's dashboard, phone first: orders to handle, revenue by week, low stock, best sellers. */
@Service
@Transactional(readOnly = true)
public class SellerDashboard {

    private final Catalogue catalogue;
    private final Orders orders;
    private final JdbcClient jdbc;
    private final MarketplaceProperties properties;
    private final Clock clock;

    SellerDashboard(Catalogue catalogue, Orders orders, JdbcClient jdbc, MarketplaceProperties properties,
                    Clock clock) {
        this.catalogue = catalogue;
        this.orders = orders;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public record WeekRevenue(LocalDate weekStart, long revenueVnd, long orders) {
    }

    public record StockLine(UUID productId, String name, String unit, int stock) {
    }

    public record BestSeller(UUID productId, String name, long quantity, long revenueVnd) {
    }

    public record Dashboard(ShopView shop, List<OrderView> toHandle, List<WeekRevenue> weeks, long maxWeekVnd,
                            List<StockLine> lowStock, List<BestSeller> bestSellers) {
    }

    public Dashboard of(CurrentUser user, UUID shopId) {
        Shop shop = catalogue.shopForSeller(user, shopId);
        List<OrderView> toHandle = orders.ofShopIn(shopId, List.of(OrderStatus.PLACED, OrderStatus.CONFIRMED,
                OrderStatus.SHIPPING)).stream().map(Views::order).toList();
        LocalDate today = LocalDate.now(clock.withZone(VnFormat.ZONE));
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
        List<WeekRevenue> weeks = new ArrayList<>();
        long max = 0;
        for (int i = 0; i < 8; i++) {
            LocalDate start = firstWeek.plusWeeks(i);
            OffsetDateTime from = start.atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
            OffsetDateTime to = start.plusWeeks(1).atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
            var row = jdbc.sql("""
                    select coalesce(sum(total_vnd), 0) as revenue, count(*) as n from orders
                    where shop_id = ? and placed_at >= ? and placed_at < ? and status <> 'CANCELLED'""")
                    .params(shopId, from, to).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            weeks.add(new WeekRevenue(start, row[0], row[1]));
            max = Math.max(max, row[0]);
        }
        List<StockLine> low = jdbc.sql("""
                select id, name, unit, stock from products where shop_id = ? and active = true and stock <= ?
                order by stock, name""").params(shopId, properties.lowStock())
                .query((rs, n) -> new StockLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4))).list();
        List<BestSeller> best = jdbc.sql("""
                select l.product_id, max(l.product_name), sum(l.quantity), sum(l.line_total_vnd)
                from order_lines l join orders o on o.id = l.order_id
                where o.shop_id = ? and o.status <> 'CANCELLED' and o.placed_at >= ?
                group by l.product_id order by sum(l.line_total_vnd) desc limit 5""")
                .params(shopId, today.minusDays(90).atStartOfDay(VnFormat.ZONE).toOffsetDateTime())
                .query((rs, n) -> new BestSeller(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4))).list();
        return new Dashboard(Views.shop(shop), toHandle, weeks, max, low, best);
    }

    public List<OrderView> orders(CurrentUser user, UUID shopId) {
        catalogue.shopForSeller(user, shopId);
        return orders.ofShop(shopId, PageRequest.of(0, 100)).stream().map(Views::order).toList();
    }

    static OffsetDateTime at(LocalDate day) {
        return VnTime.startOf(day);
    }
}
