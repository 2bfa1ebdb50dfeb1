package vn.htxso.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

import static vn.htxso.marketplace.MarketplaceFixtures.*;

/**
 * Issue 15, "Bad input that still gets a 500": every case of the issue's list, one row each. Each row sends the bad
 * input over HTTP (or through the service where the issue names a rule, not a route) and expects a 4xx with a
 * message, and that nothing was stored.
 */
@DemoMvcTest
class BadInputTableTests {

    static final String PASSWORD = "demo12345";
    static final String LONG_EMAIL = "a".repeat(60) + "@" + "b".repeat(61) + ".vn"; // 125 characters
    static final String LONG_PASSWORD = "mật khẩu rất dài ".repeat(4); // over 72 bytes in UTF-8
    static final MediaType LD_JSON = MediaType.parseMediaType("application/ld+json");
    static final UUID TEA_COOP = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID CINNAMON_COOP = UUID.fromString("a0000000-0000-4000-8000-000000000002");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired Fulfilment fulfilment;

    record Case(String name, Executable check) {
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheIssue() {
        return Stream.of(
                new Case("125-character e-mail at /register", () -> refusedPage(post("/register").with(csrf())
                        .param("login", LONG_EMAIL).param("displayName", "Dài").param("password", PASSWORD)
                        .param("passwordAgain", PASSWORD), "users where lower(username) = '" + LONG_EMAIL + "'")),
                new Case("password over 72 bytes at /register", () -> {
                    String login = "dai-" + token() + "@vidu.vn";
                    refusedPage(post("/register").with(csrf()).param("login", login).param("displayName", "Dài")
                            .param("password", LONG_PASSWORD).param("passwordAgain", LONG_PASSWORD),
                            "users where username = '" + login + "'");
                }),
                new Case("125-character login at /admin/users", () -> refusedPage(post("/admin/users")
                        .with(DemoUsers.as(accounts, "admin")).with(csrf()).param("username", LONG_EMAIL)
                        .param("displayName", "Dài").param("password", PASSWORD).param("role", "BUYER"),
                        "users where lower(username) = '" + LONG_EMAIL + "'")),
                new Case("password over 72 bytes at /admin/users", () -> {
                    String login = "dai-" + token();
                    refusedPage(post("/admin/users").with(DemoUsers.as(accounts, "admin")).with(csrf())
                            .param("username", login).param("displayName", "Dài").param("password", LONG_PASSWORD)
                            .param("role", "BUYER"), "users where username = '" + login + "'");
                }),
                new Case("1e400 as an assessment answer", () -> refusedApi(post("/api/v1/cooperatives/" + TEA_COOP
                        + "/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[{\"itemCode\":\"I3\",\"value\":1e400},{\"itemCode\":\"M3\",\"value\":\"1e400\"}]}"),
                        "assessments where organisation_id = '" + TEA_COOP + "'")),
                new Case("EPCIS bizStep longer than its column", () -> refusedApi(post("/api/v1/epcis/documents")
                        .with(httpBasic("htx-manager", PASSWORD)).contentType(LD_JSON)
                        .content(epcis("2026-11-20T10:00:00+07:00", "urn:x:" + "b".repeat(300))), "trace_events")),
                new Case("EPCIS eventTime in year 0000", () -> refusedApi(post("/api/v1/epcis/documents")
                        .with(httpBasic("htx-manager", PASSWORD)).contentType(LD_JSON)
                        .content(epcis("0000-01-01T00:00:00+00:00", "receiving")), "trace_events")),
                new Case("events added to a published lot", this::eventsOnAPublishedLot),
                new Case("product CSV with an unterminated quote", () -> {
                    String name = "Chè lỗi " + token();
                    byte[] csv = ("name,unit,priceVnd,stock\n\"" + name + ",kg,100000,5\n")
                            .getBytes(StandardCharsets.UTF_8);
                    MvcResult result = mvc.perform(multipart("/market/seller/shops/{id}/import", SELLER_SHOP)
                            .file(new MockMultipartFile("file", "sp.csv", "text/csv", csv))
                            .with(DemoUsers.as(accounts, "seller")).with(csrf())).andReturn();
                    assertThat(result.getResponse().getStatus()).isEqualTo(422);
                    assertThat(count("products where name like '%" + name.substring(name.length() - 10) + "%'"))
                            .isZero();
                }),
                new Case("province code with CR/LF and quotes in a report's file name", () -> {
                    for (String file : List.of("/market/admin/report.xlsx", "/market/admin/report.pdf",
                            "/assessment/overview.xlsx")) {
                        MvcResult result = mvc.perform(get(file).param("province", "40\r\nSet-Cookie: x=\"1\"")
                                .with(DemoUsers.as(accounts, "admin"))).andReturn();
                        assertThat(result.getResponse().getStatus()).as(file).isBetween(400, 499);
                        String disposition = result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
                        assertThat(disposition == null || disposition.chars().noneMatch(c -> c == '\r' || c == '\n'))
                                .isTrue();
                    }
                }),
                new Case("display name of control characters and NUL", () -> refusedName("a\u0000b\u0007")),
                new Case("display name with a bidi override", () -> refusedName("Mai\u202Egpj.exe")),
                new Case("display name of zero-width characters only", () -> refusedName("\u200B\u200C\u200D\uFEFF")),
                new Case("product, shipping and token names go through the same check", this::everyNameIsChecked),
                new Case("registry search treats % and _ literally", () -> {
                    for (String q : List.of("%", "_", "%%", "H_X")) {
                        String body = mvc.perform(get("/api/v1/cooperatives").param("q", q)
                                .with(httpBasic("admin", PASSWORD))).andReturn().getResponse()
                                .getContentAsString(StandardCharsets.UTF_8);
                        assertThat(body).as(q).contains("\"total\":0");
                    }
                }),
                new Case("dissolution date far in the future", () -> {
                    long version = jdbc.sql("select version from organisations where id = ?").param(CINNAMON_COOP)
                            .query(Long.class).single();
                    MvcResult result = mvc.perform(post("/registry/organisations/{id}/dissolve", CINNAMON_COOP)
                            .with(DemoUsers.as(accounts, "laocai")).with(csrf()).param("reason", "Thử")
                            .param("on", "9999-12-31").param("version", Long.toString(version))).andReturn();
                    assertThat(result.getResponse().getStatus()).isEqualTo(422);
                    assertThat(jdbc.sql("select status from organisations where id = ?").param(CINNAMON_COOP)
                            .query(String.class).single()).isNotEqualTo("DISSOLVED");
                }),
                new Case("a Vietnamese attachment name keeps its download header", () -> {
                    byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
                    String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart("/api/v1/materials")
                                    .file(new MockMultipartFile("file", "Tài liệu hướng dẫn.pdf", "application/pdf", pdf))
                                    .param("title", "Tài liệu " + token()).param("licence", "CC BY 4.0")
                                    .with(httpBasic("admin", PASSWORD))).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8), "$.id");
                    String disposition = mvc.perform(get("/api/v1/materials/{id}/file", id)
                            .with(httpBasic("admin", PASSWORD))).andReturn().getResponse()
                            .getHeader(HttpHeaders.CONTENT_DISPOSITION);
                    assertThat(disposition).contains("filename*=UTF-8''T%C3%A0i%20li%E1%BB%87u");
                }),
                new Case("a file name over the limit says so", () -> {
                    byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
                    String title = "Quá dài " + token();
                    mvc.perform(multipart("/api/v1/materials")
                                    .file(new MockMultipartFile("file", "t".repeat(300) + ".pdf", "application/pdf", pdf))
                                    .param("title", title).param("licence", "CC BY 4.0")
                                    .with(httpBasic("admin", PASSWORD)))
                            .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(422))
                            .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                                    .contains("255").doesNotContain("20 MB"));
                    assertThat(count("learning_materials where title = '" + title + "'")).isZero();
                }),
                new Case("a paid VietQR order is not cancelled by its buyer without a refund", () -> {
                    ProductView product = catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct("Mật ong "
                            + token(), null, Category.HONEY, "chai", 100_000, 3, 500));
                    OrderView order = checkout.place(BUYER, UUID.randomUUID().toString(), new PlaceOrder(
                            List.of(new PlaceOrder.Item(product.id(), 1)), PaymentMethod.VIETQR, address()));
                    fulfilment.markPaid(SELLER, order.id());
                    assertThatThrownBy(() -> fulfilment.cancel(BUYER, order.id(), "đổi ý"))
                            .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> {
                                assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
                                assertThat(v.messageKey()).isEqualTo("marketplace.order.paidNeedsRefund");
                            });
                    fulfilment.cancel(SELLER, order.id(), "hết hàng");
                    assertThat(jdbc.sql("select refund_state from orders where id = ?").param(order.id())
                            .query(String.class).single()).isEqualTo("DUE");
                }),
                new Case("a second identical diary entry within a minute asks for confirmation", () -> {
                    UUID plot = jdbc.sql("select id from trace_plots where organisation_id = ? order by name limit 1")
                            .param(TEA_COOP).query(UUID.class).single();
                    String note = "Làm cỏ " + token();
                    String body = "{\"plotId\":\"" + plot + "\",\"kind\":\"ACTIVITY\",\"date\":\"" + LocalDate.now()
                            .minusDays(1) + "\",\"activity\":\"Làm cỏ\",\"notes\":\"" + note + "\"}";
                    mvc.perform(post("/api/v1/diary/logs").with(httpBasic("htx-manager", PASSWORD))
                                    .contentType(MediaType.APPLICATION_JSON).content(body))
                            .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
                    mvc.perform(post("/api/v1/diary/logs").with(httpBasic("htx-manager", PASSWORD))
                                    .contentType(MediaType.APPLICATION_JSON).content(body))
                            .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(409))
                            .andExpect(r -> assertThat(r.getResponse().getContentType()).contains("problem+json"));
                    assertThat(count("trace_logs where notes = '" + note + "'")).isEqualTo(1);
                    mvc.perform(post("/api/v1/diary/logs").param("repeatConfirmed", "true")
                                    .with(httpBasic("htx-manager", PASSWORD))
                                    .contentType(MediaType.APPLICATION_JSON).content(body))
                            .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(201));
                    assertThat(count("trace_logs where notes = '" + note + "'")).isEqualTo(2);
                }))
                .map(c -> DynamicTest.dynamicTest(c.name(), c.check()));
    }

    private void refusedPage(RequestBuilder request, String nothingIn) throws Exception {
        long before = count(nothingIn);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("class=\"error\"");
        assertThat(count(nothingIn)).isEqualTo(before);
    }

    private void refusedApi(RequestBuilder request, String nothingIn) throws Exception {
        long before = count(nothingIn);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isBetween(400, 499);
        assertThat(result.getResponse().getContentType()).contains("problem+json");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"detail\"");
        assertThat(count(nothingIn)).isEqualTo(before);
    }

    private void refusedName(String name) throws Exception {
        String login = "ten-" + token() + "@vidu.vn";
        refusedPage(post("/register").with(csrf()).param("login", login).param("displayName", name)
                .param("password", PASSWORD).param("passwordAgain", PASSWORD), "users where username = '" + login + "'");
    }

    private void everyNameIsChecked() throws Exception {
        for (String bad : List.of("\u0000", "Mật\u202Eong", "\u200B\u200B")) {
            refusedApi(post("/api/v1/shops/{id}/products", SELLER_SHOP).with(httpBasic("seller", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + json(bad)
                            + "\",\"category\":\"HONEY\",\"unit\":\"chai\",\"priceVnd\":1000,\"stock\":1}"),
                    "products where shop_id = '" + SELLER_SHOP + "'");
            refusedApi(post("/api/v1/me/tokens").with(httpBasic("buyer", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + json(bad) + "\"}"),
                    "api_tokens");
            ProductView product = catalogue.productsOf(SELLER_SHOP).get(0);
            refusedApi(post("/api/v1/orders").with(httpBasic("buyer", PASSWORD)).header("Idempotency-Key",
                            UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"items\":[{\"productId\":\"" + product.id() + "\",\"quantity\":1}],"
                            + "\"paymentMethod\":\"COD\",\"shippingAddress\":{\"name\":\"" + json(bad) + "\","
                            + "\"phone\":\"0912345003\",\"provinceCode\":\"01\",\"communeName\":\"Phường Hoàn Kiếm\","
                            + "\"street\":\"12 Hàng Bạc\"}}"), "orders");
        }
    }

    private void eventsOnAPublishedLot() throws Exception {
        var lot = jdbc.sql("""
                select gtin, lot_number from trace_lots where organisation_id = ? and published_at is not null
                order by lot_number limit 1""").param(TEA_COOP)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        String body = """
                {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-11-20T10:00:00+07:00",
                 "epcisBody":{"eventList":[{"type":"ObjectEvent","eventTime":"2026-11-20T09:00:00+07:00",
                   "eventTimeZoneOffset":"+07:00","eventID":"urn:uuid:%s","action":"OBSERVE","bizStep":"receiving",
                   "quantityList":[{"epcClass":"https://id.example.vn/01/%s/10/%s","quantity":1,"uom":"KGM"}]}]}}"""
                .formatted(UUID.randomUUID(), lot[0], lot[1]);
        refusedApi(post("/api/v1/epcis/documents").with(httpBasic("htx-manager", PASSWORD)).contentType(LD_JSON)
                .content(body), "trace_events");
    }

    private static String epcis(String eventTime, String bizStep) {
        return """
                {"@context":"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld","type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-11-20T10:00:00+07:00",
                 "epcisBody":{"eventList":[{"type":"ObjectEvent","eventTime":"%s","eventTimeZoneOffset":"+07:00",
                   "eventID":"urn:uuid:%s","action":"OBSERVE","bizStep":"%s",
                   "quantityList":[{"epcClass":"urn:epc:class:lgtin:8938501.000002.x","quantity":1,"uom":"KGM"}]}]}}"""
                .formatted(eventTime, UUID.randomUUID(), bizStep);
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

}
