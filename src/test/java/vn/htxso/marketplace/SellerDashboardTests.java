package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.marketplace.SellerDashboard.Dashboard;
import vn.htxso.marketplace.SellerDashboard.WeekRevenue;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnTime;
import vn.htxso.support.DemoMvcTest;

/** The seller's dashboard reads a shop's weeks and product sales at once; the figures match order by order. */
@DemoMvcTest
class SellerDashboardTests {

    @Autowired SellerDashboard dashboard;
    @Autowired SalesHistory history;
    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired JdbcClient jdbc;

    record Week(long revenueVnd, long orders) {
    }

    Week counted(UUID shop, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select coalesce(sum(total_vnd), 0), count(*) from orders
                where shop_id = ? and placed_at >= ? and placed_at < ? and status <> 'CANCELLED'""")
                .params(shop, from, to).query((rs, n) -> new Week(rs.getLong(1), rs.getLong(2))).single();
    }

    @Test
    void eachWeekOfTheDashboardHoldsThatWeeksOrdersNotCancelled() {
        ProductView product = catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong bảng tuần "
                + UUID.randomUUID(), null, Category.HONEY, "chai", 150_000, 10, null));
        checkout.place(BUYER, UUID.randomUUID().toString(),
                new PlaceOrder(List.of(new PlaceOrder.Item(product.id(), 2)), PaymentMethod.COD, address()));

        Dashboard board = dashboard.of(SELLER, SELLER_SHOP);

        assertThat(board.weeks()).hasSize(8);
        for (int i = 0; i < 8; i++) {
            WeekRevenue week = board.weeks().get(i);
            assertThat(week.weekStart().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            if (i > 0) {
                assertThat(week.weekStart()).isEqualTo(board.weeks().get(i - 1).weekStart().plusWeeks(1));
            }
            Week expected = counted(SELLER_SHOP, VnTime.startOf(week.weekStart()),
                    VnTime.startOf(week.weekStart().plusWeeks(1)));
            assertThat(new Week(week.revenueVnd(), week.orders())).as("week of %s", week.weekStart()).isEqualTo(expected);
        }
        WeekRevenue current = board.weeks().get(7);
        assertThat(current.orders()).isPositive();
        assertThat(current.revenueVnd()).isGreaterThanOrEqualTo(300_000);
        assertThat(board.maxWeekVnd()).isEqualTo(board.weeks().stream().mapToLong(WeekRevenue::revenueVnd).max()
                .orElseThrow());
    }

    @Test
    void theShopsWeeklySalesReadAtOnceAreThoseOfEachProduct() {
        List<SalesHistory.WeeklySales> all = history.weeklyOfShop(SELLER, SELLER_SHOP, 156, 50);

        assertThat(all).isNotEmpty();
        assertThat(all.stream().mapToLong(w -> java.util.Arrays.stream(w.quantities()).sum()).sum())
                .as("the demo shop has sold something in three years").isPositive();
        for (SalesHistory.WeeklySales shopWide : all) {
            SalesHistory.WeeklySales alone = history.weekly(SELLER, SELLER_SHOP, shopWide.productId(), 156);
            assertThat(shopWide.productName()).isEqualTo(alone.productName());
            assertThat(shopWide.unit()).isEqualTo(alone.unit());
            assertThat(shopWide.firstWeek()).isEqualTo(alone.firstWeek());
            assertThat(shopWide.quantities()).as(shopWide.productName()).containsExactly(alone.quantities());
        }
        assertThat(history.weeklyOfShop(SELLER, SELLER_SHOP, 156, 1)).hasSize(1);
        assertThatThrownBy(() -> history.weeklyOfShop(BUYER, SELLER_SHOP, 156, 50)).isInstanceOf(Forbidden.class);
    }
}
