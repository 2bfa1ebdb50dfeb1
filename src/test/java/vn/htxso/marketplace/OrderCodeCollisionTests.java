package vn.htxso.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import vn.htxso.marketplace.internal.OrderCodes;
import vn.htxso.marketplace.internal.OrderKeys;
import vn.htxso.marketplace.internal.Orders;
import vn.htxso.marketplace.internal.Products;
import vn.htxso.marketplace.internal.Shops;
import vn.htxso.marketplace.internal.Stock;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.WithDemoData;

/**
 * Issue 20.1: two orders that draw the same code. A checkout whose code generator repeats itself on demand proves
 * the collision is retried inside the same request (no 500), and the idempotency key still returns that order.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class OrderCodeCollisionTests {

    @Autowired Catalogue catalogue;
    @Autowired Products products;
    @Autowired Shops shops;
    @Autowired BuyerMemory memory;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;
    @Autowired OrderKeys orderKeys;
    @Autowired Stock stock;
    @Autowired AdminUnits adminUnits;
    @Autowired AuditLog auditLog;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactionManager;

    /** Hands out the codes it is given, in order; fails the test if asked for more. */
    static final class ScriptedCodes extends OrderCodes {
        final Deque<String> script = new ArrayDeque<>();
        int drawn;

        @Override
        public String next(Instant at) {
            drawn++;
            if (script.isEmpty()) {
                throw new AssertionError("no code left in the script");
            }
            return script.size() == 1 && repeatLast ? script.peek() : script.poll();
        }

        boolean repeatLast;
    }

    final ScriptedCodes codes = new ScriptedCodes();

    Checkout checkout() {
        return new Checkout(products, shops, orders, codes, memory, orderKeys, stock, adminUnits, auditLog, events, clock, transactionManager);
    }

    static String freshCode() {
        return ("DH261204" + token().substring(2, 10)).toUpperCase();
    }

    PlaceOrder order(UUID productId) {
        return new PlaceOrder(List.of(new PlaceOrder.Item(productId, 1)), PaymentMethod.COD, address());
    }

    ProductView product(int stock) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong mã trùng " + token(), null,
                Category.HONEY, "chai", 100_000, stock, null));
    }

    int stockOf(UUID productId) {
        return jdbc.sql("select stock from products where id = ?").param(productId).query(Integer.class).single();
    }

    @Test
    void aCodeAlreadyTakenIsDrawnAgainAndTheKeyStillReturnsTheOrder() {
        ProductView product = product(5);
        String taken = freshCode();
        String other = freshCode();
        codes.script.add(taken);
        OrderView first = checkout().place(anotherBuyer(), "k-" + token(), order(product.id()));
        assertThat(first.code()).isEqualTo(taken);

        CurrentUser buyer = anotherBuyer();
        String key = "k-" + token();
        codes.script.add(taken);
        codes.script.add(other);
        OrderView second = checkout().place(buyer, key, order(product.id()));
        assertThat(second.code()).isEqualTo(other);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(codes.drawn).isEqualTo(3);
        assertThat(stockOf(product.id())).isEqualTo(3);

        // the same key again: the same order, no new code drawn, no stock taken
        OrderView again = checkout().place(buyer, key, order(product.id()));
        assertThat(again.id()).isEqualTo(second.id());
        assertThat(again.code()).isEqualTo(other);
        assertThat(codes.drawn).isEqualTo(3);
        assertThat(stockOf(product.id())).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from orders where buyer_id = ?").param(buyer.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aGeneratorThatOnlyRepeatsEndsInAConflictNotAServerErrorAndStoresNothing() {
        ProductView product = product(5);
        String taken = freshCode();
        codes.script.add(taken);
        checkout().place(anotherBuyer(), "k-" + token(), order(product.id()));

        CurrentUser buyer = anotherBuyer();
        codes.script.add(taken);
        codes.repeatLast = true;
        assertThatThrownBy(() -> checkout().place(buyer, "k-" + token(), order(product.id())))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(stockOf(product.id())).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from orders where buyer_id = ?").param(buyer.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void bankStatementsFindEightAndSixLetterCodes() {
        assertThat(OrderCodes.candidatesIn("CK DH261204ABCDEFGH THANH TOAN"))
                .containsExactly("DH261204ABCDEFGH", "DH261204ABCDEF");
        assertThat(OrderCodes.candidatesIn("DH261203ABCDEF")).containsExactly("DH261203ABCDEF");
        assertThat(new OrderCodes().next(Instant.parse("2026-12-04T18:00:00Z"))).matches("DH261205[A-Z2-9]{8}");
    }
}
