package vn.htxso.marketplace.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.htxso.marketplace.MarketplaceFixtures.*;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.htxso.marketplace.Catalogue;
import vn.htxso.marketplace.Category;
import vn.htxso.marketplace.Checkout;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.NewProduct;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentMethod;
import vn.htxso.marketplace.PlaceOrder;
import vn.htxso.marketplace.ProductView;
import vn.htxso.support.BrowserTest;

/** The market's journeys on a phone-sized screen: guest to VietQR order, seller, review, alliance report. */
class MarketplaceBrowserTests extends BrowserTest {

    @Autowired Catalogue catalogue;
    @Autowired Checkout checkout;
    @Autowired Fulfilment fulfilment;

    private void signInHere(String username) {
        page.getByLabel(Pattern.compile("Tên đăng nhập|User name")).fill(username);
        page.getByLabel(Pattern.compile("^(Mật khẩu|Password)$")).fill(DEMO_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
    }

    private OrderView orderFor(ProductView product, int quantity) {
        return checkout.place(BUYER, UUID.randomUUID().toString(), new PlaceOrder(
                List.of(new PlaceOrder.Item(product.id(), quantity)), PaymentMethod.COD, address()));
    }

    private ProductView sellerProduct(String name) {
        return catalogue.addProduct(SELLER, SELLER_SHOP, new NewProduct(name, "Chai 500 ml", Category.HONEY, "chai",
                150_000, 20, 500));
    }

    @Test
    void aGuestSearchesWithoutDiacriticsAndPaysByVietQr() {
        page.navigate("/market");
        page.getByLabel("Tìm sản phẩm").fill("mat ong bac ha");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm").setExact(true)).click();
        page.locator("a:has(.product-name:text-is('Mật ong bạc hà'))").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mật ong bạc hà");
        page.getByLabel("Số lượng").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào giỏ")).click();
        assertThat(page.locator(".flash")).containsText("Mật ong bạc hà");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đặt hàng")).click();
        // a guest signs in and comes back to the checkout with the same cart
        signInHere("buyer");
        assertThat(page).hasURL(Pattern.compile(".*/market/checkout.*"));
        assertThat(page.locator("section")).containsText("Mật ong bạc hà × 2");
        page.getByLabel("Số điện thoại").fill("0912345003");
        page.getByLabel("Tỉnh/Thành phố").selectOption("01");
        page.getByLabel("Xã/Phường").fill("Phường Hoàn Kiếm");
        page.getByLabel("Số nhà, thôn/xóm, đường").fill("12 Hàng Bạc");
        page.getByLabel("Chuyển khoản VietQR").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đặt hàng")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Đơn hàng DH");
        assertThat(page.locator("img.qr")).isVisible();
        assertThat(page.locator("textarea.payload")).hasValue(Pattern.compile("^000201010212.*6304[0-9A-F]{4}$"));
        // 2 × 280.000 ₫ = 560.000 ₫ ≥ 400.000 ₫: free delivery
        assertThat(page.locator("tfoot")).containsText("560.000 ₫");
        var image = context.request().get(page.locator("img.qr").getAttribute("src"));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.headers().get("content-type")).isEqualTo("image/png");
        screenshot("marketplace-order-vietqr");
    }

    @Test
    void theSellerConfirmsAndShips() {
        OrderView order = orderFor(sellerProduct("Mật ong giao thử " + token()), 1);
        page.navigate("/login");
        signInHere("seller");
        page.navigate("/market/seller");
        // the dashboard lists the orders that waited longest (other tests of the suite leave some); the new one is
        // first on the shop's list of placed orders, newest first
        assertThat(page.locator(".handle")).containsText("DH");
        screenshot("marketplace-seller-dashboard");
        page.navigate("/market/seller/shops/" + SELLER_SHOP + "/orders?state=PLACED");
        assertThat(page.locator(".order-cards .code").first()).hasText(order.code());
        page.navigate("/market/orders/" + order.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đơn")).click();
        assertThat(page.locator(".status")).containsText("Người bán đã xác nhận");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu giao")).click();
        assertThat(page.locator(".status")).containsText("Đang giao");
    }

    @Test
    void theBuyerReviewsADeliveredOrder() {
        ProductView product = sellerProduct("Mật ong đánh giá " + token());
        OrderView order = orderFor(product, 1);
        fulfilment.confirm(SELLER, order.id());
        fulfilment.ship(SELLER, order.id());
        fulfilment.deliver(SELLER, order.id());
        page.navigate("/login");
        signInHere("buyer");
        page.navigate("/market/orders/" + order.id());
        page.getByLabel("Số sao").selectOption("4");
        page.getByLabel("Nhận xét").fill("Mật ngon <script>alert(1)</script>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click();
        assertThat(page.locator(".flash")).containsText("Cảm ơn bạn đã đánh giá");
        page.navigate("/market/products/" + product.id());
        assertThat(page.locator(".reviews")).containsText("Mật ngon <script>alert(1)</script>");
        assertThat(page.locator(".reviews script")).hasCount(0);
    }

    @Test
    void theAllianceExportsTheOperatingReport() throws Exception {
        page.navigate("/login");
        signInHere("nghean");
        page.navigate("/market/admin/report?from=2026-01-01&to=2026-12-31");
        assertThat(page.locator("table").first()).containsText("Nghệ An");
        assertThat(page.locator("table").first()).not().containsText("Lào Cai");
        assertThat(page.locator("figure.chart svg rect").first()).isAttached();
        screenshot("marketplace-report");
        Download excel = page.waitForDownload(() -> page.getByText("Tải Excel (.xlsx)").click());
        byte[] xlsx = Files.readAllBytes(excel.path());
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        Download pdf = page.waitForDownload(() -> page.getByText("Tải PDF").click());
        byte[] file = Files.readAllBytes(pdf.path());
        assertThat(new String(file, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).endsWith("-40.pdf");
    }
}
