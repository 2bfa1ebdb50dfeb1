package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.marketplace.ProductMaintenance.PriceStockEdit;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.Race;
import vn.htxso.support.WithDemoData;

/**
 * A product's stock spread over stock slots (so parallel buyers of one product do not queue on one row): the stock
 * shown stays the exact total, a quantity larger than any slot still sells, cancellations and seller edits keep it.
 */
@SpringBootTest
@ActiveProfiles(resolver = WithDemoData.class)
class StockSlotsTests {

    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired Fulfilment fulfilment;
    @Autowired ProductMaintenance maintenance;
    @Autowired ProductEditing editing;
    @Autowired SellerDashboard dashboard;
    @Autowired JdbcClient jdbc;

    ProductView product(int stock) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Chè Suối Giàng " + token(), null,
                Category.TEA, "gói", 50_000, stock, null));
    }

    int shownStock(UUID productId) {
        return catalogue.publicProduct(productId).orElseThrow().stock();
    }

    int unitsInSlots(UUID productId) {
        return jdbc.sql("select coalesce(sum(units), 0) from product_stock_slots where product_id = ?")
                .param(productId).query(Integer.class).single();
    }

    int unitsOrdered(UUID productId) {
        return jdbc.sql("select coalesce(sum(l.quantity), 0) from order_lines l join orders o on o.id = l.order_id "
                        + "where l.product_id = ? and o.status <> 'CANCELLED'")
                .param(productId).query(Integer.class).single();
    }

    OrderView buy(CurrentUser buyer, UUID productId, int quantity) {
        return checkout.place(buyer, UUID.randomUUID().toString(), new PlaceOrder(
                List.of(new PlaceOrder.Item(productId, quantity)), PaymentMethod.COD, address()));
    }

    @Test
    void parallelBuyersOfOneProductNeverOversellAndLoseNoUnit() throws Exception {
        ProductView product = product(100);
        buy(anotherBuyer(), product.id(), 1); // the first order spreads the stock over the slots
        assertThat(unitsInSlots(product.id())).isPositive();
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Race.run(40, 16, number -> {
            CurrentUser buyer = anotherBuyer();
            try {
                buy(buyer, product.id(), 3);
                placed.incrementAndGet();
            } catch (OutOfStock e) {
                refused.incrementAndGet();
            }
        });
        // 99 units left for 40 orders of 3: exactly 33 sell, whichever slots they came from
        assertThat(placed.get()).isEqualTo(33);
        assertThat(refused.get()).isEqualTo(7);
        assertThat(shownStock(product.id())).isEqualTo(99 - 3 * placed.get()).isZero();
        assertThat(unitsOrdered(product.id())).isEqualTo(100);
    }

    @Test
    void aQuantityLargerThanAnySlotSellsWhenTheTotalAllowsIt() {
        ProductView product = product(100);
        buy(anotherBuyer(), product.id(), 1);
        int inSlots = unitsInSlots(product.id());
        assertThat(inSlots).isPositive();
        int largestSlot = jdbc.sql("select max(units) from product_stock_slots where product_id = ?")
                .param(product.id()).query(Integer.class).single();
        assertThat(95).isGreaterThan(largestSlot).isGreaterThan(99 - inSlots);

        buy(anotherBuyer(), product.id(), 95);
        assertThat(shownStock(product.id())).isEqualTo(4);
        assertThatThrownBy(() -> buy(anotherBuyer(), product.id(), 5)).isInstanceOf(OutOfStock.class);
        assertThat(shownStock(product.id())).isEqualTo(4);
        buy(anotherBuyer(), product.id(), 4);
        assertThat(shownStock(product.id())).isZero();
        assertThat(unitsOrdered(product.id())).isEqualTo(100);
    }

    @Test
    void cancellingGivesTheUnitsBack() {
        ProductView product = product(60);
        CurrentUser buyer = anotherBuyer();
        buy(buyer, product.id(), 2);
        OrderView second = buy(buyer, product.id(), 3);
        assertThat(shownStock(product.id())).isEqualTo(55);
        fulfilment.cancel(buyer, second.id(), null);
        assertThat(shownStock(product.id())).isEqualTo(58);
        assertThat(catalogue.productsOf(SELLER_SHOP).stream().filter(p -> p.id().equals(product.id()))
                .findFirst().orElseThrow().stock()).isEqualTo(58);
    }

    @Test
    void theSellersStockEditIsTheStockAfterwards() {
        ProductView product = product(80);
        buy(anotherBuyer(), product.id(), 1);
        assertThat(unitsInSlots(product.id())).isPositive();
        ProductView seen = catalogue.sellerProduct(SELLER, product.id());
        assertThat(seen.stock()).isEqualTo(79);

        assertThat(maintenance.bulkUpdate(SELLER, SELLER_SHOP,
                List.of(new PriceStockEdit(1, product.id(), seen.version(), 55_000, 30)))).isEmpty();
        assertThat(shownStock(product.id())).isEqualTo(30);
        assertThat(unitsInSlots(product.id())).isZero();

        buy(anotherBuyer(), product.id(), 2);
        buy(anotherBuyer(), product.id(), 2);
        assertThat(shownStock(product.id())).isEqualTo(26);

        ProductView again = catalogue.sellerProduct(SELLER, product.id());
        ProductView edited = editing.edit(SELLER, product.id(), new ProductEditing.ProductEdit(again.version(),
                again.name(), null, Category.TEA, "gói", 55_000, 500, null, false));
        assertThat(edited.stock()).isEqualTo(500);
        assertThat(shownStock(product.id())).isEqualTo(500);
        buy(anotherBuyer(), product.id(), 7);
        assertThat(shownStock(product.id())).isEqualTo(493);
    }

    @Test
    void theSellersLowStockListCountsTheSlots() {
        ProductView product = product(40);
        buy(anotherBuyer(), product.id(), 1);
        assertThat(unitsInSlots(product.id())).isPositive();
        for (int i = 0; i < 35; i++) {
            buy(anotherBuyer(), product.id(), 1);
        }
        assertThat(shownStock(product.id())).isEqualTo(4);
        // at or under the warning threshold (5) counted with the slots, at 4 units
        assertThat(dashboard.of(SELLER, SELLER_SHOP).lowStock()).anySatisfy(line -> {
            assertThat(line.productId()).isEqualTo(product.id());
            assertThat(line.stock()).isEqualTo(4);
        });
    }
}
