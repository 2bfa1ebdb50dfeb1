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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.ShopFigures;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnTime;

/** The seller's dashboard, phone first: orders to handle, revenue by week, low stock, best sellers. */
@Service
@Transactional(readOnly = true)
public class SellerDashboard {

    private final Catalogue catalogue;
    private final Orders orders;
    private final ShopFigures figures;
    private final MarketplaceProperties properties;
    private final Clock clock;

    SellerDashboard(Catalogue catalogue, Orders orders, ShopFigures figures, MarketplaceProperties properties,
                    Clock clock) {
        this.catalogue = catalogue;
        this.orders = orders;
        this.figures = figures;
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
        LocalDate today = VnTime.today(clock);
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
        List<WeekRevenue> weeks = new ArrayList<>();
        long max = 0;
        List<ShopFigures.Revenue> revenue = figures.weeklyRevenue(shopId, firstWeek, 8);
        for (int i = 0; i < revenue.size(); i++) {
            weeks.add(new WeekRevenue(firstWeek.plusWeeks(i), revenue.get(i).revenueVnd(), revenue.get(i).orders()));
            max = Math.max(max, revenue.get(i).revenueVnd());
        }
        List<StockLine> low = figures.lowStock(shopId, properties.lowStock());
        List<BestSeller> best = figures.bestSellers(shopId, at(today.minusDays(90)));
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
