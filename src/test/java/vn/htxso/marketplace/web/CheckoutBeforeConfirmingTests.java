package vn.htxso.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * Issue 16.3: the fee and the total before confirming (without JavaScript too), a confirmation page before
 * cancelling, the buyer's address remembered, a signed-in buyer's cart kept with the account.
 */
@DemoMvcTest
class CheckoutBeforeConfirmingTests {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired JdbcClient jdbc;

    ProductView product() {
        // shop 2 (Nghệ An): 25.000 ₫ per order, free from 400.000 ₫
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong phí " + token(), null,
                Category.HONEY, "chai", 100_000, 50, null));
    }

    String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    int ordersOf(CurrentUser buyer) {
        return jdbc.sql("select count(*) from orders where buyer_id = ?").param(buyer.id()).query(Integer.class).single();
    }

    @Test
    void theFeeAndTotalShowBeforeConfirmingAndTheQuotePlacesNothing() throws Exception {
        ProductView product = product();
        CurrentUser buyer = anotherBuyer();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/market/cart/lines").session(session).with(csrf()).with(DemoUsers.as(buyer))
                .param("productId", product.id().toString()).param("quantity", "2")).andExpect(status().is3xxRedirection());
        // no province yet: each shop's fee rule
        String page = html(mvc.perform(get("/market/checkout").session(session).with(DemoUsers.as(buyer)))
                .andExpect(status().isOk()));
        assertThat(page).contains("Phí giao 25.000 ₫ trong tỉnh Nghệ An").contains("Miễn phí giao từ 400.000 ₫")
                .contains("Xem phí giao và tổng tiền");
        // the "see fees" button (no JavaScript): 200.000 ₫ + 25.000 ₫, nothing placed
        String quoted = html(mvc.perform(post("/market/checkout").session(session).with(csrf()).with(DemoUsers.as(buyer))
                        .param("quote", "1").param("idempotencyKey", UUID.randomUUID().toString())
                        .param("provinceCode", "01").param("paymentMethod", "COD"))
                .andExpect(status().isOk()));
        assertThat(quoted).contains("Tổng cộng").contains("225.000 ₫").contains("Xác nhận đặt hàng");
        // htmx: only the quote
        String fragment = html(mvc.perform(post("/market/checkout").session(session).with(csrf()).with(DemoUsers.as(buyer))
                        .header("HX-Request", "true").param("quote", "1").param("provinceCode", "40"))
                .andExpect(status().isOk()));
        assertThat(fragment).startsWith("<div id=\"quote\"").contains("225.000 ₫").doesNotContain("<form");
        assertThat(ordersOf(buyer)).isZero();
    }

    @Test
    void theLastAddressIsOfferedAgain() throws Exception {
        ProductView product = product();
        CurrentUser buyer = anotherBuyer();
        checkout.place(buyer, "k-" + token(), new PlaceOrder(List.of(new PlaceOrder.Item(product.id(), 1)),
                PaymentMethod.COD, new PlaceOrder.ShippingAddress("Trần Thu Hà", "0912345003", "40",
                "Phường Trường Vinh", "7 Lê Mao")));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/market/cart/lines").session(session).with(csrf()).with(DemoUsers.as(buyer))
                .param("productId", product.id().toString()).param("quantity", "1"));
        String page = html(mvc.perform(get("/market/checkout").session(session).with(DemoUsers.as(buyer)))
                .andExpect(status().isOk()));
        assertThat(page).contains("value=\"0912345003\"").contains("value=\"Phường Trường Vinh\"")
                .contains("value=\"7 L").contains(" Mao\"").containsPattern("<option value=\"40\" selected")
                // the province is known: the total is there before confirming
                .contains("125.000 ₫");
    }

    @Test
    void aSignedInBuyersCartIsThereAfterTheNextSignIn() throws Exception {
        ProductView product = product();
        CurrentUser buyer = anotherBuyer();
        MockHttpSession first = new MockHttpSession();
        mvc.perform(post("/market/cart/lines").session(first).with(csrf()).with(DemoUsers.as(buyer))
                .param("productId", product.id().toString()).param("quantity", "3"));
        first.invalidate();
        MockHttpSession next = new MockHttpSession();
        String cart = html(mvc.perform(get("/market/cart").session(next).with(DemoUsers.as(buyer)))
                .andExpect(status().isOk()));
        assertThat(cart).contains(product.name()).contains("value=\"3\"");
        // another buyer does not get it
        String other = html(mvc.perform(get("/market/cart").session(new MockHttpSession())
                .with(DemoUsers.as(anotherBuyer()))).andExpect(status().isOk()));
        assertThat(other).doesNotContain(product.name());
        // removing it is kept too
        mvc.perform(post("/market/cart/lines/{id}/remove", product.id()).session(next).with(csrf())
                .with(DemoUsers.as(buyer))).andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get("/market/cart").session(new MockHttpSession()).with(DemoUsers.as(buyer)))))
                .doesNotContain(product.name());
    }

    @Test
    void cancellingAsksFirstOnAPageOfItsOwn() throws Exception {
        ProductView product = product();
        CurrentUser buyer = anotherBuyer();
        OrderView order = checkout.place(buyer, "k-" + token(), new PlaceOrder(
                List.of(new PlaceOrder.Item(product.id(), 1)), PaymentMethod.COD, address()));
        String page = html(mvc.perform(get("/market/orders/{id}", order.id()).with(DemoUsers.as(buyer)))
                .andExpect(status().isOk()));
        assertThat(page).contains("href=\"/market/orders/" + order.id() + "/cancel\"")
                .doesNotContain("action=\"/market/orders/" + order.id() + "/cancel\"");
        String confirm = html(mvc.perform(get("/market/orders/{id}/cancel", order.id()).with(DemoUsers.as(buyer)))
                .andExpect(status().isOk()));
        assertThat(confirm).contains("Huỷ đơn " + order.code() + "?").contains("Có, huỷ đơn").contains("Không, giữ đơn")
                .contains("action=\"/market/orders/" + order.id() + "/cancel\"");
        assertThat(jdbc.sql("select status from orders where id = ?").param(order.id()).query(String.class).single())
                .isEqualTo("PLACED");
        // the seller's confirmation page; another buyer sees nothing
        assertThat(html(mvc.perform(get("/market/seller/orders/{id}/cancel", order.id()).with(DemoUsers.as(SELLER)))
                .andExpect(status().isOk()))).contains("action=\"/market/seller/orders/" + order.id() + "/cancel\"");
        mvc.perform(get("/market/orders/{id}/cancel", order.id()).with(DemoUsers.as(anotherBuyer())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/market/orders/{id}/cancel", order.id()).with(csrf()).with(DemoUsers.as(buyer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from orders where id = ?").param(order.id()).query(String.class).single())
                .isEqualTo("CANCELLED");
    }
}
