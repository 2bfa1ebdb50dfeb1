package vn.htxso.traceability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

/**
 * The journeys of the issue on a phone-sized screen: a member logs a spraying and a harvest; the co-op manager
 * creates a lot, processes and publishes it; a buyer opens the QR link and reads the story.
 */
class TraceabilityBrowserTests extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aMemberLogsASprayingAndAHarvestOnAPhone() {
        signInVietnamese("seller");
        page.navigate("/trace");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bón phân, phun thuốc")).click();
        label("Lô đất").selectOption(new SelectOption().setLabel("Đồi chè Khe Mây (Chè búp tươi)"));
        label("Ngày").fill(TODAY.minusDays(9).toString());
        label("Loại vật tư").selectOption("PESTICIDE");
        label("Tên sản phẩm (phân bón, thuốc)").fill("Emamectin benzoate 5WG");
        label("Hoạt chất").fill("Emamectin benzoate");
        label("Liều lượng").fill("0,2 kg/ha");
        label("Thời gian cách ly (ngày)").fill("7");
        screenshot("trace-spraying-360");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nhật ký")).click();
        assertThat(page.locator(".flash")).hasText("Đã ghi nhật ký.");

        // the quick entry remembers the last spraying
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bón phân, phun thuốc")).click();
        assertThat(label("Tên sản phẩm (phân bón, thuốc)")).hasValue("Emamectin benzoate 5WG");
        assertThat(label("Thời gian cách ly (ngày)")).hasValue("7");

        page.navigate("/trace");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thu hoạch").setExact(true)).click();
        label("Lô đất").selectOption(new SelectOption().setLabel("Đồi chè Khe Mây (Chè búp tươi)"));
        label("Khối lượng").fill("42,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tạo lô hàng")).click();
        assertThat(page.locator(".flash")).hasText("Đã ghi thu hoạch và tạo lô hàng.");
        assertThat(page.locator("main h1")).containsText("Chè búp tươi · Lô");
        assertThat(page.locator("main")).containsText("Emamectin benzoate 5WG");
        assertThat(page.locator("img[alt='Mã QR truy xuất nguồn gốc của lô hàng']")).isVisible();
        screenshot("trace-harvest-lot-360");
        page.navigate("/trace");
        assertThat(page.locator("main h1")).hasText("Truy xuất nguồn gốc");
        screenshot("trace-home-member-360");
    }

    @Test
    void aHarvestInsideThePreHarvestIntervalIsRefusedWithTheReason() {
        signInVietnamese("htx-manager");
        String plot = "Đồi cách ly " + UUID.randomUUID().toString().substring(0, 8);
        newPlot(plot, "VIETGAP");
        page.navigate("/trace/diary/new?kind=INPUT");
        label("Lô đất").selectOption(new SelectOption().setLabel(plot + " (Chè búp tươi)"));
        label("Loại vật tư").selectOption("PESTICIDE");
        label("Tên sản phẩm (phân bón, thuốc)").fill("Cypermethrin 10EC");
        label("Hoạt chất").fill("Cypermethrin");
        label("Liều lượng").fill("0,5 l/ha");
        label("Thời gian cách ly (ngày)").fill("14");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nhật ký")).click();
        page.navigate("/trace/diary/new?kind=HARVEST");
        label("Lô đất").selectOption(new SelectOption().setLabel(plot + " (Chè búp tươi)"));
        label("Khối lượng").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tạo lô hàng")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Cypermethrin 10EC");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("còn 14 ngày nữa");
        screenshot("trace-phi-refused-360");
    }

    @Test
    void theCoopCreatesProcessesAndPublishesALotAndABuyerOpensItsQrLink() {
        signInVietnamese("htx-manager");
        String plot = "Đồi công bố " + UUID.randomUUID().toString().substring(0, 8);
        newPlot(plot, "VIETGAP");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thu hoạch").setExact(true)).click();
        label("Ngày").fill(TODAY.minusDays(1).toString());
        label("Khối lượng").fill("300");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và tạo lô hàng")).click();
        assertThat(page.locator(".flash")).hasText("Đã ghi thu hoạch và tạo lô hàng.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chế biến")).click();
        label("Sản phẩm 1").fill("Chè xanh sao " + plot);
        page.locator("#outputs0\\.quantity").fill("350");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi chế biến")).click();
        assertThat(page.locator("main")).containsText("lớn hơn đầu vào");
        page.locator("#outputs0\\.quantity").fill("70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi chế biến")).click();
        assertThat(page.locator(".flash")).hasText("Đã ghi chế biến và tạo lô mới.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Công bố lô hàng")).click();
        assertThat(page.locator(".flash")).hasText("Đã công bố lô hàng. Mã QR đã dùng được.");
        assertThat(page.locator("main .badge").first()).hasText("Đã công bố");
        screenshot("trace-lot-published-360");
        String link = page.locator(".trace-qr p a").first().textContent();
        String path = link.replaceFirst("^https?://[^/]+", "");

        withoutJavaScript();
        page.navigate(path);
        assertThat(page.locator("main h1")).hasText("Chè xanh sao " + plot);
        assertThat(page.locator("main")).containsText("HTX Chè Thanh Chương");
        assertThat(page.locator("main")).containsText("Từ lô đất " + plot);
        assertThat(page.locator("main")).containsText("Hành trình của lô hàng");
        assertThat(page.locator("main")).not().containsText("Nguyễn Văn Hùng");
        screenshot("trace-public-360");
    }

    @Test
    void aBuyerScansTheDemoTeaAndReadsTheStoryInEnglishToo() {
        page.navigate("/01/08938501000026/10/261106-1");
        assertThat(page.locator("main h1")).hasText("Chè xanh Thanh Chương");
        assertThat(page.locator("main")).containsText("Abamectin 3.6EC");
        assertThat(page.locator("main")).containsText("Đồi chè Khe Mây");
        assertThat(page.locator("main")).containsText("Công ty CP Thực phẩm Hà Nội Xanh");
        screenshot("trace-demo-tea-360");
        page.navigate("/01/08938501000026/10/261106-1?lang=en");
        assertThat(page.locator("main")).containsText("The lot's path");
        assertThat(page.locator("main")).containsText(Pattern.compile("Harvested on"));
    }

    /** Signs in and speaks Vietnamese (a language chosen in another test is remembered on the account). */
    private void signInVietnamese(String username) {
        signIn(username);
        page.navigate("/trace?lang=vi");
    }

    private com.microsoft.playwright.Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void newPlot(String name, String standard) {
        page.navigate("/trace/plots/new");
        label("Tên lô đất").fill(name);
        label("Xã/Phường").fill("Xã Hạnh Lâm");
        label("Cây trồng").fill("Chè búp tươi");
        label("Diện tích (m²)").fill("2500");
        label("Tiêu chuẩn sản xuất").selectOption(standard);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator(".flash")).hasText("Đã thêm lô đất.");
    }
}
