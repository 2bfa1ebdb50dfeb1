package vn.htxso.marketplace;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** The orders waiting longest are on the dashboard; the rest on the paged orders page. */
    static final int TO_HANDLE_SHOWN = 10;
    public static final int ORDERS_PAGE_SIZE = 20;
    private static final List<OrderStatus> TO_HANDLE = List.of(OrderStatus.PLACED, OrderStatus.CONFIRMED,
            OrderStatus.SHIPPING);

    /**
     * @param toHandle the {@value #TO_HANDLE_SHOWN} orders to handle that waited longest
     * @param toHandleCount how many orders are to handle in all
     */
    public record Dashboard(ShopView shop, List<OrderView> toHandle, long toHandleCount, List<WeekRevenue> weeks,
                            long maxWeekVnd, List<StockLine> lowStock, List<BestSeller> bestSellers) {
    }

    /**
     * One page of a shop's orders, newest first.
     *
     * @param status the state shown, or {@code null} for all
     * @param page from 0
     * @param counts orders per state, every state present (0 when none)
     */
    public record OrderPage(List<OrderView> items, OrderStatus status, int page, int size, long total,
                            Map<OrderStatus, Long> counts, long all) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public Dashboard of(CurrentUser user, UUID shopId) {
        Shop shop = catalogue.shopForSeller(user, shopId);
        List<OrderView> toHandle = orders.ofShopIn(shopId, TO_HANDLE, PageRequest.of(0, TO_HANDLE_SHOWN)).stream()
                .map(Views::order).toList();
        Map<OrderStatus, Long> counts = counts(shopId);
        long toHandleCount = TO_HANDLE.stream().mapToLong(counts::get).sum();
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
        return new Dashboard(Views.shop(shop), toHandle, toHandleCount, weeks, max, low, best);
    }

    /** One page (from 0; past the end shows the last) of a shop's orders in one state or all, newest first. */
    public OrderPage orders(CurrentUser user, UUID shopId, OrderStatus status, int page) {
        catalogue.shopForSeller(user, shopId);
        Map<OrderStatus, Long> counts = counts(shopId);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        long total = status == null ? all : counts.get(status);
        int last = (int) Math.max(0, (total - 1) / ORDERS_PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), last);
        PageRequest request = PageRequest.of(shown, ORDERS_PAGE_SIZE);
        List<OrderView> items = (status == null ? orders.ofShop(shopId, request)
                : orders.ofShopWithStatus(shopId, status, request)).stream().map(Views::order).toList();
        return new OrderPage(items, status, shown, ORDERS_PAGE_SIZE, total, counts, all);
    }

    private Map<OrderStatus, Long> counts(UUID shopId) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : orders.countsByStatus(shopId)) {
            counts.put((OrderStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    static OffsetDateTime at(LocalDate day) {
        return VnTime.startOf(day);
    }
}
