package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.Race;
import vn.htxso.support.WithDemoData;

/** Placing orders: no oversell under parallel buyers, idempotent retries, stock returned on cancel. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class CheckoutScenarioTests {

    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired Fulfilment fulfilment;
    @Autowired JdbcClient jdbc;

    ProductView product(int stock) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong thử " + token(), null,
                Category.HONEY, "chai", 100_000, stock, null));
    }

    int stockOf(UUID productId) {
        // home units plus stock slots: the product's stock
        return jdbc.sql("select " + vn.htxso.marketplace.internal.Stock.TOTAL_OF_P + " from products p where p.id = ?")
                .param(productId).query(Integer.class).single();
    }

    PlaceOrder order(UUID productId, int quantity, PaymentMethod method) {
        return new PlaceOrder(List.of(new PlaceOrder.Item(productId, quantity)), method, address());
    }

    @Test
    void twentyBuyersRacingForSevenUnitsBuyExactlySeven() throws Exception {
        ProductView product = product(7);
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Race.run(20, 20, number -> {
            CurrentUser buyer = anotherBuyer();
            try {
                checkout.place(buyer, UUID.randomUUID().toString(), order(product.id(), 1, PaymentMethod.COD));
                sold.incrementAndGet();
            } catch (OutOfStock e) {
                refused.incrementAndGet();
            }
        });
        assertThat(sold.get()).isEqualTo(7);
        assertThat(refused.get()).isEqualTo(13);
        assertThat(stockOf(product.id())).isZero();
        assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from order_lines where product_id = ?")
                .param(product.id()).query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void parallelRetriesWithOneKeyPlaceOneOrder() throws Exception {
        ProductView product = product(10);
        CurrentUser buyer = anotherBuyer();
        String key = UUID.randomUUID().toString();
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        Race.run(8, 8, number -> {
            ids.add(checkout.place(buyer, key, order(product.id(), 2, PaymentMethod.COD)).id());
        });
        assertThat(ids).hasSize(1);
        assertThat(stockOf(product.id())).isEqualTo(8);
    }

    @Test
    void theServerComputesPricesFeeAndTotal() {
        ProductView product = product(6);
        OrderView placed = checkout.place(anotherBuyer(), UUID.randomUUID().toString(),
                order(product.id(), 2, PaymentMethod.VIETQR));
        // shop 2: 25.000 ₫ per order, free from 400.000 ₫
        assertThat(placed.subtotalVnd()).isEqualTo(200_000);
        assertThat(placed.deliveryFeeVnd()).isEqualTo(25_000);
        assertThat(placed.totalVnd()).isEqualTo(225_000);
        OrderView bigger = checkout.place(anotherBuyer(), UUID.randomUUID().toString(),
                order(product.id(), 4, PaymentMethod.COD));
        assertThat(bigger.deliveryFeeVnd()).isZero();
        assertThat(bigger.totalVnd()).isEqualTo(400_000);
    }

    @Test
    void shortStockPlacesNothing() {
        ProductView product = product(1);
        CurrentUser buyer = anotherBuyer();
        assertThatThrownBy(() -> checkout.place(buyer, "k-" + token(), order(product.id(), 2, PaymentMethod.COD)))
                .isInstanceOf(OutOfStock.class);
        assertThat(stockOf(product.id())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from orders where buyer_id = ?").param(buyer.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void cancellingReturnsTheStockAndBuyerCannotCancelAfterConfirmation() {
        ProductView product = product(4);
        CurrentUser buyer = anotherBuyer();
        OrderView first = checkout.place(buyer, "a-" + token(), order(product.id(), 3, PaymentMethod.COD));
        assertThat(stockOf(product.id())).isEqualTo(1);
        fulfilment.cancel(buyer, first.id(), null);
        assertThat(stockOf(product.id())).isEqualTo(4);

        OrderView second = checkout.place(buyer, "b-" + token(), order(product.id(), 2, PaymentMethod.COD));
        fulfilment.confirm(SELLER, second.id());
        assertThatThrownBy(() -> fulfilment.cancel(buyer, second.id(), null))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> fulfilment.cancel(SELLER, second.id(), " "))
                .isInstanceOf(BusinessRuleViolation.class);
        OrderView cancelled = fulfilment.cancel(SELLER, second.id(), "Hàng bị ẩm");
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stockOf(product.id())).isEqualTo(4);
    }

    @Test
    void ordersMoveThroughTheirStates() {
        ProductView product = product(3);
        CurrentUser buyer = anotherBuyer();
        OrderView order = checkout.place(buyer, "c-" + token(), order(product.id(), 1, PaymentMethod.VIETQR));
        assertThat(fulfilment.confirm(MANAGER, order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(fulfilment.markPaid(SELLER, order.id()).isPaid()).isTrue();
        assertThat(fulfilment.ship(SELLER, order.id()).status()).isEqualTo(OrderStatus.SHIPPING);
        assertThatThrownBy(() -> fulfilment.complete(buyer, order.id())).isInstanceOf(BusinessRuleViolation.class);
        assertThat(fulfilment.deliver(SELLER, order.id()).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(fulfilment.complete(buyer, order.id()).status()).isEqualTo(OrderStatus.COMPLETED);
    }
}
