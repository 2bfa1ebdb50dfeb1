package vn.htxso.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.NewShop;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ShopAdministration;
import vn.htxso.marketplace.ShopView;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Issue 20.3: a shop with more orders than one page gets pages, newest first, a state filter and counts. */
@DemoMvcTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerOrdersPagingTests {

    static final Pattern CODE = Pattern.compile("DH\\d{6}[A-Z0-9]{8}");

    @Autowired MockMvc mvc;
    @Autowired ShopAdministration shops;
    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired Fulfilment fulfilment;
    @Autowired JdbcClient jdbc;

    ShopView shop;
    final List<OrderView> placed = new ArrayList<>();
    final Set<String> confirmed = new HashSet<>();

    @BeforeAll
    void aShopWith27Orders() {
        shop = shops.open(MANAGER, new NewShop("Hộ nhiều đơn " + token(), null, "Xã Hạnh Lâm", false, "970418",
                "21510009999999", "HO NHIEU DON", 20_000, null, null));
        shops.setVerified(NGHE_AN, shop.id(), true);
        ProductView product = catalogue.addProduct(MANAGER, shop.id(), new NewProduct("Chè búp " + token(), null,
                Category.TEA, "gói", 50_000, 100, null));
        for (int i = 0; i < 27; i++) {
            placed.add(checkout.place(anotherBuyer(), "k-" + token(), new PlaceOrder(
                    List.of(new PlaceOrder.Item(product.id(), 1)), PaymentMethod.COD, address())));
        }
        for (int i = 0; i < 3; i++) {
            confirmed.add(fulfilment.confirm(MANAGER, placed.get(i * 5).id()).code());
        }
    }

    List<String> codesOn(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(html);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }

    String page(String query) throws Exception {
        return mvc.perform(get("/market/seller/shops/" + shop.id() + "/orders" + query).with(DemoUsers.as(MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    Map<String, Instant> placedAt() {
        return jdbc.sql("select code, placed_at from orders where shop_id = ?").param(shop.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void twentySevenOrdersMakeTwoPagesNewestFirst() throws Exception {
        String first = page("");
        String second = page("?page=1");
        List<String> one = codesOn(first);
        List<String> two = codesOn(second);
        assertThat(one).hasSize(20).doesNotHaveDuplicates();
        assertThat(two).hasSize(7).doesNotContainAnyElementsOf(one);
        Set<String> all = placed.stream().map(OrderView::code).collect(Collectors.toSet());
        assertThat(new HashSet<>(one)).hasSize(20).isSubsetOf(all);
        List<String> both = new ArrayList<>(one);
        both.addAll(two);
        assertThat(new HashSet<>(both)).isEqualTo(all);
        Map<String, Instant> at = placedAt();
        assertThat(both.stream().map(at::get).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first).contains("Tất cả (27)").contains("Đã đặt hàng (24)")
                .contains("Người bán đã xác nhận (3)").contains("Đã huỷ (0)").contains("Trang 1/2")
                .contains("page=1").doesNotContain("page=-1");
        assertThat(second).contains("Trang 2/2");
        // past the end: the last page
        assertThat(codesOn(page("?page=99"))).isEqualTo(two);
    }

    @Test
    void theStateFilterShowsOnlyThatState() throws Exception {
        String html = page("?state=CONFIRMED");
        assertThat(new HashSet<>(codesOn(html))).isEqualTo(confirmed);
        assertThat(html).contains("aria-current=\"page\"").doesNotContain("Trang 1/");
        assertThat(codesOn(page("?state=CANCELLED"))).isEmpty();
        assertThat(codesOn(page("?state=nonsense"))).hasSize(20);
    }

    @Test
    void theDashboardShowsTenOrdersToHandleAndHowManyInAll() throws Exception {
        String html = mvc.perform(get("/market/seller/shops/" + shop.id()).with(DemoUsers.as(MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(new HashSet<>(codesOn(html))).hasSize(10);
        assertThat(html).contains("Đơn cần xử lý (27)").contains("Xem tất cả đơn cần xử lý");
    }

    @Test
    void anotherSellerCannotSeeThem() throws Exception {
        mvc.perform(get("/market/seller/shops/" + shop.id() + "/orders").with(DemoUsers.as(SELLER)))
                .andExpect(status().isForbidden());
    }
}
