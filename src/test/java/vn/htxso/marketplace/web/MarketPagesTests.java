package vn.htxso.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.CurrentUser;
import vn.htxso.support.WithDemoData;

/** The market's pages: guest cart, checkout form (422, double submit), scope of seller and buyer pages. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class MarketPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor as(CurrentUser user) {
        return vn.htxso.support.DemoUsers.as(user);
    }

    ProductView product(int stock) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong trang " + token(), null,
                Category.HONEY, "chai", 90_000, stock, null));
    }

    @Test
    void publicPagesRender() throws Exception {
        mvc.perform(get("/market").param("q", "que van yen")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quế Văn Yên")));
        mvc.perform(get("/market").param("ocopStars", "x").param("sort", "nonsense").param("page", "-3"))
                .andExpect(status().isOk());
        mvc.perform(get("/market/shops/{id}", SELLER_SHOP)).andExpect(status().isOk());
        mvc.perform(get("/market/shops/{id}", UNVERIFIED_SHOP)).andExpect(status().isNotFound());
        mvc.perform(get("/market/products/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void aGuestCartNeedsTheCsrfTokenAndSurvivesIntoCheckout() throws Exception {
        ProductView product = product(5);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/market/cart/lines").session(session).param("productId", product.id().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/market/cart/lines").session(session).with(csrf())
                        .param("productId", product.id().toString()).param("quantity", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/market/cart").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(product.name())));
        // one URL, two answers: a redirect without JavaScript, the basket fragment for htmx
        mvc.perform(post("/market/cart/lines/{id}", product.id()).session(session).with(csrf()).param("quantity", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/market/cart/lines/{id}", product.id()).session(session).with(csrf())
                        .header("HX-Request", "true").param("quantity", "2"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Vary", Matchers.containsString("HX-Request")))
                .andExpect(content().string(Matchers.startsWith("<div id=\"basket\">")))
                .andExpect(content().string(Matchers.containsString("180.000 ₫")));
        mvc.perform(get("/market/checkout").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login*"));
        mvc.perform(get("/market/checkout").session(session).with(as(anotherBuyer()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(product.name() + " × 2")));
    }

    @Test
    void checkoutShowsMistakesWith422AndADoubleSubmitPlacesOneOrder() throws Exception {
        ProductView product = product(5);
        CurrentUser buyer = anotherBuyer();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/market/cart/lines").session(session).with(csrf())
                .param("productId", product.id().toString()).param("quantity", "1"));
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/market/checkout").session(session).with(csrf()).with(as(buyer))
                        .param("idempotencyKey", key).param("name", "Hà").param("phone", "12345")
                        .param("provinceCode", "01").param("communeName", "Hoàn Kiếm").param("street", "1 Hàng Bạc")
                        .param("paymentMethod", "COD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Số điện thoại gồm 10 chữ số")));
        assertThat(ordersOf(buyer)).isZero();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/market/checkout").session(session).with(csrf()).with(as(buyer))
                            .param("idempotencyKey", key).param("name", "Hà").param("phone", "0912345003")
                            .param("provinceCode", "01").param("communeName", "Hoàn Kiếm")
                            .param("street", "1 Hàng Bạc").param("paymentMethod", "VIETQR"))
                    .andExpect(status().is3xxRedirection());
            // the second submit comes from another tab whose cart still holds the product
            mvc.perform(post("/market/cart/lines").session(session).with(csrf())
                    .param("productId", product.id().toString()).param("quantity", "1"));
        }
        assertThat(ordersOf(buyer)).isEqualTo(1);
    }

    int ordersOf(CurrentUser buyer) {
        return jdbc.sql("select count(*) from orders where buyer_id = ?").param(buyer.id()).query(Integer.class).single();
    }

    @Test
    void sellersAndBuyersStayInTheirScope() throws Exception {
        mvc.perform(get("/market/seller/shops/{id}", SELLER_SHOP).with(as(SELLER))).andExpect(status().isOk());
        mvc.perform(get("/market/seller/shops/{id}/products", SELLER_SHOP).with(as(SELLER))).andExpect(status().isOk());
        mvc.perform(get("/market/seller/shops/{id}", LAO_CAI_SHOP).with(as(SELLER))).andExpect(status().isForbidden());
        mvc.perform(get("/market/seller/shops/{id}/settings", SELLER_SHOP).with(as(SELLER))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3600205123456")));
        mvc.perform(post("/market/seller/shops/{id}/settings", LAO_CAI_SHOP).with(csrf()).with(as(SELLER))
                .param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/market/seller/shops/{id}/settings", SELLER_SHOP).with(csrf()).with(as(SELLER))
                        .param("name", "Hộ Lô Thị Mai – Mật ong rừng Con Cuông").param("communeName", "Xã Con Cuông")
                        .param("bankBin", "97040").param("bankAccount", "3600205123456")
                        .param("bankAccountName", "LO THI MAI").param("deliveryFeeVnd", "25000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Mã BIN ngân hàng gồm 6 chữ số")));
        mvc.perform(get("/market/seller/shops/{id}", LAO_CAI_SHOP).with(as(MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/market/orders/{id}", DEMO_COD_ORDER).with(as(BUYER))).andExpect(status().isOk());
        mvc.perform(get("/market/orders/{id}", DEMO_COD_ORDER).with(as(anotherBuyer()))).andExpect(status().isNotFound());
        mvc.perform(post("/market/seller/orders/{id}/confirm", DEMO_LAO_CAI_ORDER).with(csrf()).with(as(SELLER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/market/admin/report").with(as(SELLER))).andExpect(status().isForbidden());
        mvc.perform(get("/market/admin/report.xlsx").with(as(NGHE_AN))).andExpect(status().isOk());
        mvc.perform(get("/market/seller").with(as(MANAGER))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mở gian hàng")));
    }

    @Test
    void theBulkEditorReportsRowsAsA422Page() throws Exception {
        ProductView product = product(4);
        mvc.perform(post("/market/seller/shops/{id}/products/bulk", SELLER_SHOP).with(csrf()).with(as(SELLER))
                        .param("id", product.id().toString()).param("version", "999")
                        .param("price", "95000").param("stock", "4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("vừa thay đổi")));
        mvc.perform(post("/market/seller/shops/{id}/products/bulk", SELLER_SHOP).with(csrf()).with(as(SELLER))
                        .param("id", product.id().toString()).param("version", String.valueOf(product.version()))
                        .param("price", "95.000").param("stock", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select price_vnd from products where id = ?").param(product.id()).query(Long.class)
                .single()).isEqualTo(95_000);
    }
}
