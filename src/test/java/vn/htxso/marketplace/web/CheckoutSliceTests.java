package vn.htxso.marketplace.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.htxso.marketplace.BuyerMemory;
import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Province;
import vn.htxso.platform.Role;
import vn.htxso.support.DemoUsers;
import vn.htxso.support.WebSliceTest;

/**
 * The cart and checkout pages and the orders API as a web slice: the controllers with mocked services. A refused
 * form or request never reaches {@link Checkout}.
 */
@WebSliceTest({CartController.class, CheckoutController.class, OrdersApiController.class})
class CheckoutSliceTests {

    static final CurrentUser BUYER = DemoUsers.user(6, "buyer", Role.BUYER, null, null, null);
    static final UUID PRODUCT = UUID.randomUUID();
    static final UUID SHOP = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Catalogue catalogue;
    @MockitoBean
    Checkout checkout;
    @MockitoBean
    Fulfilment fulfilment;
    @MockitoBean
    BuyerMemory memory;
    @MockitoBean(name = "adminUnits")
    AdminUnits adminUnits;

    @BeforeEach
    void aBasketWithOneTea() {
        ProductView tea = new ProductView(PRODUCT, "Chè búp Thanh Chương", "Chè xanh", Category.values()[0], "kg",
                250_000, 20, 1000, null, null, null, null, null, false, SHOP, "HTX Chè Thanh Chương", "40",
                "Xã Hạnh Lâm", false, true, Instant.parse("2026-11-01T00:00:00Z"), 0);
        when(catalogue.publicProduct(PRODUCT)).thenReturn(Optional.of(tea));
        when(catalogue.publicShop(SHOP)).thenReturn(Optional.empty()); // the page copes without the shop's details
        when(memory.savedCart(any())).thenReturn(Map.of(PRODUCT, 2));
        when(memory.lastAddress(any())).thenReturn(Optional.empty());
        when(adminUnits.provinces()).thenReturn(List.of(new Province("40", "Nghệ An")));
        when(adminUnits.isProvince("40")).thenReturn(true);
        when(adminUnits.provinceName("40")).thenReturn("Nghệ An");
    }

    @Test
    void theCartShowsTheSavedLinesPricedByTheServer() throws Exception {
        mvc.perform(get("/market/cart").with(DemoUsers.as(BUYER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chè búp Thanh Chương")))
                .andExpect(content().string(containsString("500.000")));
    }

    @Test
    void aWrongPhoneShowsTheCheckoutAgainWith422AndPlacesNothing() throws Exception {
        mvc.perform(checkout("12345", "40"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "Số điện thoại gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.")))
                .andExpect(content().string(containsString("Nguyễn Văn An")));
        verify(checkout, never()).placeAll(any(), anyString(), anyList());
    }

    @Test
    void anUnknownProvinceIsAFieldProblemToo() throws Exception {
        mvc.perform(checkout("0912345678", "99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vui lòng chọn tỉnh/thành phố.")));
        verify(checkout, never()).placeAll(any(), anyString(), anyList());
    }

    private static MockHttpServletRequestBuilder checkout(String phone, String province) {
        return post("/market/checkout").with(DemoUsers.as(BUYER)).with(csrf())
                .param("name", "Nguyễn Văn An").param("phone", phone).param("provinceCode", province)
                .param("communeName", "Xã Hạnh Lâm").param("street", "Xóm 3").param("paymentMethod", "COD")
                .param("idempotencyKey", UUID.randomUUID().toString());
    }

    @Test
    void anEmptyBasketGoesBackToTheCart() throws Exception {
        when(memory.savedCart(any())).thenReturn(Map.of());
        mvc.perform(get("/market/checkout").with(DemoUsers.as(BUYER)))
                .andExpect(redirectedUrl("/market/cart"));
    }

    @Test
    void theApiRefusesAnOrderWithoutItemsAsProblemJsonInTheRequestsLanguage() throws Exception {
        String body = """
                {"items": [], "paymentMethod": "COD", "shippingAddress": {"name": "An", "phone": "0912345678",
                 "provinceCode": "40", "communeName": "Xã Hạnh Lâm", "street": "Xóm 3"}}""";
        mvc.perform(post("/api/v1/orders").with(DemoUsers.as(BUYER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("items"))
                .andExpect(jsonPath("$.errors[0].message").value("Đơn hàng cần ít nhất một sản phẩm."));
        verify(checkout, never()).place(any(), any(), any());
    }
}
