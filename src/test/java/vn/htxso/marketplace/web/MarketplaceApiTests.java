package vn.htxso.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.PaymentWebhooks;
import vn.htxso.marketplace.ProductView;
import vn.htxso.support.WithDemoData;

/** API.md's marketplace endpoints: shapes, Vietnamese search, bad inputs, scope, idempotency. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class MarketplaceApiTests {

    static final String PASSWORD = "demo12345";

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired JdbcClient jdbc;
    @Autowired PaymentWebhooks webhooks;

    ProductView product(String name, int stock) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct(name, "Thử nghiệm", Category.HONEY, "chai",
                120_000, stock, 500));
    }

    @ParameterizedTest
    @CsvSource({"mat ong bac ha", "MẬT ONG", "mật", "Mat Ong Bac Ha", "dong van", "ĐỒNG VĂN"})
    void searchIgnoresCaseAndDiacritics(String words) throws Exception {
        String token = token();
        ProductView made = product("Mật ong bạc hà Đồng Văn " + token, 10);
        mvc.perform(get("/api/v1/products").param("q", words + " " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(made.id().toString()))
                .andExpect(jsonPath("$.items[0].name").value("Mật ong bạc hà Đồng Văn " + token))
                .andExpect(jsonPath("$.items[0].priceVnd").value(120000))
                .andExpect(jsonPath("$.items[0].unit").value("chai"))
                .andExpect(jsonPath("$.items[0].stock").value(10))
                .andExpect(jsonPath("$.items[0].provinceCode").value("40"))
                .andExpect(jsonPath("$.items[0].shop.id").value(SELLER_SHOP.toString()));
    }

    @Test
    void searchFindsNothingForOtherWordsAndCutsThePageSize() throws Exception {
        mvc.perform(get("/api/v1/products").param("q", "khongcogi " + token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/products").param("size", "5000"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(
                        org.hamcrest.Matchers.lessThanOrEqualTo(100)));
    }

    @Test
    void searchFiltersByProvinceAndValidOcopStars() throws Exception {
        // demo: "Chè vằng Thanh Chương" has 3 stars that expired in 2025, "Nhút mít" is in an unverified shop
        String body = mvc.perform(get("/api/v1/products").param("province", "15").param("size", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.items[*].provinceCode")).containsOnly("15");
        assertThat(body).contains("Quế Văn Yên").doesNotContain("Quế thanh Văn Yên");
        String stars = mvc.perform(get("/api/v1/products").param("ocopStars", "3").param("size", "100"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stars).contains("Măng nứa khô").doesNotContain("Chè vằng").doesNotContain("Nhút mít");
    }

    @Test
    void oneProductAndUnknownOrMalformedIds() throws Exception {
        ProductView made = product("Mật ong rừng " + token(), 3);
        mvc.perform(get("/api/v1/products/{id}", made.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(made.name())).andExpect(jsonPath("$.shop.name").exists());
        mvc.perform(get("/api/v1/products/{id}", UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/products/not-a-uuid")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void sellerAddsAProductToItsShop() throws Exception {
        String name = "Mật ong hoa rừng " + token();
        mvc.perform(post("/api/v1/shops/{id}/products", SELLER_SHOP).with(httpBasic("seller", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"description\":\"Chai 500 ml\",\"priceVnd\":250000,"
                                + "\"unit\":\"chai\",\"stock\":12}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.priceVnd").value(250000))
                .andExpect(jsonPath("$.stock").value(12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zero price        | {\"name\":\"N\",\"priceVnd\":0,\"unit\":\"kg\",\"stock\":1}                | priceVnd",
        "fraction price    | {\"name\":\"N\",\"priceVnd\":1500.5,\"unit\":\"kg\",\"stock\":1}           | priceVnd",
        "too large price   | {\"name\":\"N\",\"priceVnd\":10000000000000,\"unit\":\"kg\",\"stock\":1}   | priceVnd",
        "negative stock    | {\"name\":\"N\",\"priceVnd\":10,\"unit\":\"kg\",\"stock\":-1}              | stock",
        "fraction stock    | {\"name\":\"N\",\"priceVnd\":10,\"unit\":\"kg\",\"stock\":2.5}             | stock",
        "too large stock   | {\"name\":\"N\",\"priceVnd\":10,\"unit\":\"kg\",\"stock\":99999999999}     | stock",
        "missing name      | {\"priceVnd\":10,\"unit\":\"kg\",\"stock\":1}                            | name",
        "missing unit      | {\"name\":\"N\",\"priceVnd\":10,\"stock\":1}                             | unit"})
    void badProductsAre400WithTheFieldAndStoreNothing(String what, String body, String field) throws Exception {
        int before = productsInSellerShop();
        mvc.perform(post("/api/v1/shops/{id}/products", SELLER_SHOP).with(httpBasic("seller", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
        assertThat(productsInSellerShop()).isEqualTo(before);
    }

    @Test
    void unreadableBodyIs400() throws Exception {
        mvc.perform(post("/api/v1/shops/{id}/products", SELLER_SHOP).with(httpBasic("seller", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    int productsInSellerShop() {
        return jdbc.sql("select count(*) from products where shop_id = ?").param(SELLER_SHOP)
                .query(Integer.class).single();
    }

    @Test
    void sellersStayInTheirOwnShops() throws Exception {
        String body = "{\"name\":\"Quế\",\"priceVnd\":10,\"unit\":\"kg\",\"stock\":1}";
        mvc.perform(post("/api/v1/shops/{id}/products", LAO_CAI_SHOP).with(httpBasic("seller", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        // the household seller does not sell for the co-op's own shop either
        mvc.perform(post("/api/v1/shops/{id}/products", COOP_SHOP).with(httpBasic("seller", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/shops/{id}/products", LAO_CAI_SHOP).with(httpBasic("htx-manager", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/shops/{id}/products", UUID.randomUUID()).with(httpBasic("seller", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/shops/{id}/products", SELLER_SHOP)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void meListsTheShopsOfTheSellerAndTheManager() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("seller", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.shops.length()").value(1))
                .andExpect(jsonPath("$.shops[0].id").value(SELLER_SHOP.toString()));
        mvc.perform(get("/api/v1/me").with(httpBasic("htx-manager", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.shops[*].id").value(org.hamcrest.Matchers.hasItems(
                        SELLER_SHOP.toString(), COOP_SHOP.toString())));
        mvc.perform(get("/api/v1/me").with(httpBasic("buyer", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.shops.length()").value(0));
    }

    String orderBody(UUID productId, int quantity, String method) {
        return "{\"items\":[{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}],"
                + "\"paymentMethod\":\"" + method + "\",\"shippingAddress\":{\"name\":\"Trần Thu Hà\","
                + "\"phone\":\"0912345003\",\"provinceCode\":\"01\",\"communeName\":\"Phường Hoàn Kiếm\","
                + "\"street\":\"12 Hàng Bạc\"}}";
    }

    int ordersOfProduct(UUID productId) {
        return jdbc.sql("select count(*) from order_lines where product_id = ?").param(productId)
                .query(Integer.class).single();
    }

    @Test
    void placingAnOrderIsIdempotentPerKey() throws Exception {
        ProductView made = product("Mật ong đặt thử " + token(), 5);
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(orderBody(made.id(), 2, "VIETQR")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLACED"))
                .andExpect(jsonPath("$.paymentMethod").value("VIETQR"))
                .andExpect(jsonPath("$.totalVnd").value(2 * 120_000 + 25_000))
                .andExpect(jsonPath("$.code").exists()).andReturn();
        String id = JsonPath.read(first.getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(made.id(), 2, "VIETQR")))
                .andExpect(jsonPath("$.id").value(id));
        assertThat(ordersOfProduct(made.id())).isEqualTo(1);

        MvcResult qr = mvc.perform(get("/api/v1/orders/{id}/payment-qr", id).with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bankBin").value("970405"))
                .andExpect(jsonPath("$.accountNumber").value("3600205123456"))
                .andExpect(jsonPath("$.amountVnd").value(265000)).andReturn();
        String payload = JsonPath.read(qr.getResponse().getContentAsString(), "$.payload");
        String purpose = JsonPath.read(qr.getResponse().getContentAsString(), "$.purpose");
        assertThat(payload).startsWith("000201010212").contains("5406265000").contains(purpose);
        byte[] png = mvc.perform(get("/api/v1/orders/{id}/payment-qr", id).with(httpBasic("seller", PASSWORD))
                        .accept(MediaType.IMAGE_PNG))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        // the co-op manager of a Lào Cai shop's order? not theirs: 404
        mvc.perform(get("/api/v1/orders/{id}/payment-qr", DEMO_LAO_CAI_ORDER).with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isNotFound());
        // a signed bank statement with the order code and the amount marks the order paid
        String statement = "{\"amountVnd\":265000,\"description\":\"CK " + purpose + " Tran Thu Ha\"}";
        String signature = HexFormat.of().formatHex(webhooks.sign(statement.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(post("/api/v1/payments/bank-statements").header("X-Signature", "sha256=deadbeef")
                        .contentType(MediaType.APPLICATION_JSON).content(statement))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/payments/bank-statements").header("X-Signature", signature)
                        .contentType(MediaType.APPLICATION_JSON).content(statement))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(true))
                .andExpect(jsonPath("$.orderCode").value(purpose));
        assertThat(jdbc.sql("select paid_at is not null from orders where id = ?").param(UUID.fromString(id))
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void orderBadInputs() throws Exception {
        ProductView made = product("Mật ong lỗi " + token(), 2);
        ProductView laoCai = catalogue.addProduct(MANAGER, COOP_SHOP, new NewProduct("Chè " + token(), null,
                Category.TEA, "kg", 10_000, 5, null));
        // no key
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(made.id(), 1, "COD")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // short stock
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", token())
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(made.id(), 3, "COD")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // zero and fractional quantities
        for (String quantity : new String[] {"0", "1.5", "-2"}) {
            mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", token())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(orderBody(made.id(), 1, "COD").replace("\"quantity\":1", "\"quantity\":" + quantity)))
                    .andExpect(status().isBadRequest());
        }
        // two shops in one order
        String twoShops = orderBody(made.id(), 1, "COD").replace("\"quantity\":1}",
                "\"quantity\":1},{\"productId\":\"" + laoCai.id() + "\",\"quantity\":1}");
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", token())
                        .contentType(MediaType.APPLICATION_JSON).content(twoShops))
                .andExpect(status().isBadRequest());
        // unknown product, bad phone, unknown province
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", token())
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(UUID.randomUUID(), 1, "COD")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orderBody(made.id(), 1, "COD").replace("0912345003", "12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("shippingAddress.phone"));
        mvc.perform(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key", token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orderBody(made.id(), 1, "COD").replace("\"01\"", "\"99\"")))
                .andExpect(status().isBadRequest());
        // a seller is not a buyer
        mvc.perform(post("/api/v1/orders").with(httpBasic("seller", PASSWORD)).header("Idempotency-Key", token())
                        .contentType(MediaType.APPLICATION_JSON).content(orderBody(made.id(), 1, "COD")))
                .andExpect(status().isForbidden());
        assertThat(ordersOfProduct(made.id())).isZero();
        assertThat(jdbc.sql("select stock from products where id = ?").param(made.id()).query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aBuyerSeesOnlyOwnOrders() throws Exception {
        mvc.perform(get("/api/v1/orders/{id}", DEMO_COD_ORDER).with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/{id}", DEMO_COD_ORDER).with(httpBasic("provider", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/orders/{id}/payment-qr", DEMO_VIETQR_ORDER).with(httpBasic("provider", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/{id}/payment-qr", DEMO_COD_ORDER).with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isConflict());
    }
}
