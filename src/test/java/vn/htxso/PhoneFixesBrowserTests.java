package vn.htxso;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.support.Axe;
import vn.htxso.support.BrowserTest;

/**
 * Issue 16, the items the first round left, each at 360 × 740 in Vietnamese: what a user sees, that the page does
 * not scroll sideways, and that axe-core finds no serious or critical violation on it.
 */
class PhoneFixesBrowserTests extends BrowserTest {

    static final String IMPORT_HEADER = "Mã số HTX,Tên,Loại hình,Mã tỉnh,Xã/Phường,Lĩnh vực,Tình trạng,"
            + "Ngày thành lập,Số thành viên,Năm báo cáo,Doanh thu\n";

    @Autowired
    JdbcClient jdbc;

    /** Signs in as {@code username} in a context that lets axe-core in (CSP bypassed); the page is phone-sized. */
    void phoneAs(String username) {
        context.close();
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN").setBaseURL("http://localhost:" + port).setBypassCSP(true);
        context = context.browser().newContext(options);
        context.setDefaultTimeout(45_000);
        page = context.newPage();
        if (username != null) {
            signIn(username);
        }
    }

    /** The current page fits 360 px and axe-core finds nothing serious on it. */
    void fitsThePhone(String what) {
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (width > 360) {
            screenshot("wide-" + what);
        }
        assertThat(width).as(what + " scrollWidth").isLessThanOrEqualTo(360);
        if (Axe.available() || Axe.required()) {
            assertThat(Axe.seriousViolations(page)).as(what + " axe").isEmpty();
        }
    }

    static FilePayload csv(String name, String body) {
        return new FilePayload(name, "text/csv", ("\uFEFF" + IMPORT_HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads on the import page and waits for the check (the page polls). */
    void check(FilePayload file) {
        page.navigate("/registry/import");
        page.getByLabel("Tệp danh sách (.xlsx hoặc .csv, tối đa 20 MB)").setInputFiles(file);
        page.getByText("Kiểm tra tệp").click();
        page.locator("p[role=status]:has-text('Đã kiểm tra')").waitFor();
    }

    // --- item 4: the import template cannot overwrite a real co-op; the check says what changes ---

    @Test
    void theUnchangedTemplateChangesNothingAndTheCheckSaysWhatAnUpdateChanges() throws Exception {
        phoneAs("nghean");
        APIResponse template = page.request().get("/registry/import/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        byte[] bytes = template.body();
        String example;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            example = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
        }
        assertThat(jdbc.sql("select count(*) from organisations where upper(registration_no) = upper(?)")
                .param(example).query(Long.class).single()).isZero();

        // uploaded unchanged, the template's example row is refused and nothing would be updated
        check(new FilePayload("mau-nhap-htx.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes));
        assertThat(page.locator("p[role=status]")).containsText("cập nhật 0");
        assertThat(page.locator("table.import-errors")).containsText("dòng ví dụ");
        assertThat(page.locator("form[action$='/commit']")).hasCount(0);
        fitsThePhone("import-template-check");

        // an organisation made by an import, then a file that changes its name and members
        String number = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        check(csv("moi.csv", number + ",HTX Mật ong Quỳ Hợp,HTX,40,Xã Quỳ Hợp,nông nghiệp,đang hoạt động,"
                + "12/03/2019,20,2025,900000000\n"));
        page.locator("form[action$='/commit'] button").click();
        page.getByText("Đã nhập xong: 1 tổ chức mới").waitFor();

        check(csv("sua.csv", number + ",HTX Mật ong rừng Quỳ Hợp,HTX,40,Xã Quỳ Hợp,nông nghiệp,đang hoạt động,"
                + "12/03/2019,25,2025,900000000\n"));
        assertThat(page.locator("p[role=status]")).containsText("cập nhật 1");
        var change = page.locator(".import-change");
        assertThat(change).hasCount(1);
        assertThat(change.locator("h3")).containsText("HTX Mật ong Quỳ Hợp");
        assertThat(change.locator("h3")).containsText(number);
        var rows = change.locator("tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0).locator("td").nth(0)).hasText("Tên");
        assertThat(rows.nth(0).locator("td.old")).hasText("HTX Mật ong Quỳ Hợp");
        assertThat(rows.nth(0).locator("td.new")).hasText("HTX Mật ong rừng Quỳ Hợp");
        assertThat(rows.nth(1).locator("td").nth(0)).hasText("Số thành viên");
        assertThat(rows.nth(1).locator("td.old")).hasText("20");
        assertThat(rows.nth(1).locator("td.new")).hasText("25");
        screenshot("phone-import-changes");
        fitsThePhone("import-changes");
    }

    // --- item 5: tables become stacked cards; long words wrap ---

    /** The first card of a stacked table: shown as a block, its cells labelled, within the screen. */
    void stackedCards(String what, String labelledCell) {
        var card = page.locator("table.stack tbody tr").first();
        assertThat(card).isVisible();
        assertThat(page.locator("table.stack thead").first()).hasCSS("position", "absolute");
        assertThat(card).hasCSS("display", "block");
        assertThat(card.locator("[data-label='" + labelledCell + "']").first()).isVisible();
        var box = card.boundingBox();
        assertThat(box.x + box.width).as(what + " card").isLessThanOrEqualTo(360);
        fitsThePhone(what);
    }

    @Test
    void tablesBecomeStackedCardsOnAPhone() {
        phoneAs("nghean");
        page.navigate("/registry");
        stackedCards("registry-list", "Số thành viên");
        screenshot("phone-registry-cards");
        page.navigate("/registry/import");
        stackedCards("import-columns", "Bắt buộc");
        page.navigate("/support");
        stackedCards("support-amounts", "Kinh phí hỗ trợ");
        page.navigate("/admin/audit");
        stackedCards("audit", "Hành động");

        phoneAs("seller");
        page.navigate("/market/seller/shops/" + PhoneJourneysBrowserTests.SELLER_SHOP);
        stackedCards("seller-revenue", "Doanh thu");
    }

    @Test
    void aLongProductNameWrapsInsteadOfWideningTheMarket() {
        phoneAs("seller");
        String shop = PhoneJourneysBrowserTests.SELLER_SHOP;
        String word = "Mậtongrừngnguyênchấtnghệanthượnghạngđặcbiệt" + UUID.randomUUID().toString().substring(0, 6);
        page.navigate("/market/seller/shops/" + shop + "/products/new");
        page.locator("#name").fill(word);
        page.locator("#category").selectOption(page.locator("#category option").nth(1).getAttribute("value"));
        page.locator("#unit").fill("hũ");
        page.locator("#priceVnd").fill("150000");
        page.locator("#stock").fill("5");
        page.locator("form[action$='/products'] button[type=submit]").click();
        page.waitForLoadState();
        page.navigate("/market/shops/" + shop);
        assertThat(page.getByText(word).first()).isVisible();
        fitsThePhone("shop-with-long-name");
    }

    // --- item 6: from a product to its origin; 404 pages wholly Vietnamese ---

    static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
            "\\b(lot|product|not found|error|page)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Test
    void aProductWithAPublishedLotLinksToItsOriginAndMissingThingsAreNamedInVietnamese() {
        phoneAs(null);
        page.navigate("/market/products/e1000000-0000-4000-8000-000000000001");
        page.getByText("Xem nguồn gốc").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/01/\\d{14}/10/.+"));
        assertThat(page.locator("h1")).isVisible();
        fitsThePhone("origin-from-product");

        var missingProduct = page.navigate("/market/products/" + UUID.randomUUID());
        assertThat(missingProduct.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("Không tìm thấy sản phẩm");
        assertThat(ENGLISH.matcher(page.locator("main").innerText()).find()).as(page.locator("main").innerText())
                .isFalse();
        fitsThePhone("missing-product");

        String link = page.navigate("/market/products/e1000000-0000-4000-8000-000000000001").url();
        String trace = page.locator("a.origin").getAttribute("href");
        var missingLot = page.navigate(trace.replaceAll("/10/.*$", "/10/KHONG-CO-LO-NAY"));
        assertThat(missingLot.status()).as(link).isEqualTo(404);
        assertThat(page.locator("main")).containsText("Không tìm thấy");
        assertThat(ENGLISH.matcher(page.locator("main").innerText()).find()).as(page.locator("main").innerText())
                .isFalse();
        fitsThePhone("missing-lot");
    }

    // --- item 7: the audit log in words, names instead of UUIDs, a list of actions, pages ---

    @Autowired
    vn.htxso.platform.AuditLog auditLog;

    static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theAuditLogSpeaksVietnameseNamesThingsAndPages() {
        String actor = "phone-audit-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 55; i++) {
            auditLog.recordAs(actor, vn.htxso.platform.AuditLog.AuditEntry.of("login.failed", "user", actor,
                    "BadCredentialsException"));
        }
        auditLog.recordAs(actor, vn.htxso.platform.AuditLog.AuditEntry.of("user.created", "user",
                "d0000000-0000-4000-8000-000000000005", null)
                .ofOrganisation(UUID.fromString("a0000000-0000-4000-8000-000000000001")));

        phoneAs("admin");
        page.navigate("/admin/audit?actor=" + actor);
        assertThat(page.locator("main")).containsText("56 mục");
        var rows = page.locator("table.audit tbody tr");
        assertThat(rows).hasCount(50);
        assertThat(rows.first().locator("td.action")).hasText("Tạo tài khoản");
        assertThat(rows.first().locator("td.subject")).containsText("tài khoản: ");
        assertThat(rows.first().locator("td.subject .name")).containsText("(seller)");
        assertThat(rows.first()).containsText("HTX Chè Thanh Chương");
        assertThat(rows.nth(1).locator("td.action")).hasText("Đăng nhập không thành công");
        assertThat(rows.nth(1).locator("td.details")).hasText("Sai tên đăng nhập hoặc mật khẩu");
        String text = page.locator("main").innerText();
        assertThat(UUID_TEXT.matcher(text).find()).as(text).isFalse();
        assertThat(text).doesNotContain("Exception").doesNotContain("login.failed");
        fitsThePhone("audit-page-1");

        page.locator("nav.pager a[rel=next]").click();
        assertThat(page.locator("nav.pager")).containsText("Trang 2/2");
        assertThat(page.locator("table.audit tbody tr")).hasCount(6);
        fitsThePhone("audit-page-2");

        // the filter is a list of actions in words
        page.locator("#action").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Tạo tài khoản"));
        page.locator("form.audit-filters button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*action=user.created.*"));
        assertThat(page.locator("table.audit tbody tr")).hasCount(1);
        assertThat(page.locator("#action option:checked")).hasText("Tạo tài khoản");
        fitsThePhone("audit-filtered");
    }

    // --- item 8: the commune filter offers the data's communes and keeps the chosen one ---

    @Test
    void theCommuneFilterComesFromTheDataAndKeepsItsChoice() {
        List<String> inData = jdbc.sql("select distinct commune_name from organisations where province_code = '40'")
                .query(String.class).list();
        phoneAs("nghean");
        page.navigate("/registry");
        var options = page.locator("#commune option");
        assertThat(options).hasCount(inData.size() + 1);
        List<String> offered = options.allInnerTexts().subList(1, inData.size() + 1);
        assertThat(offered).containsExactlyInAnyOrderElementsOf(inData);

        String chosen = offered.get(offered.size() / 2);
        page.waitForNavigation(() -> page.locator("#commune").selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel(chosen)));
        assertThat(page.locator("#commune option:checked")).hasText(chosen);
        for (String commune : page.locator("table.stack tbody td[data-label='Xã/Phường']").allInnerTexts()) {
            assertThat(commune).startsWith(chosen + ",");
        }
        fitsThePhone("registry-by-commune");

        // from the dashboard's table of communes, the list opens filtered and says so
        page.navigate("/registry/dashboard");
        String linked = page.locator("table.stack tbody th a").first().innerText();
        page.locator("table.stack tbody th a").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/registry\\?.*commune=.*"));
        assertThat(page.locator("#commune option:checked")).hasText(linked);
        fitsThePhone("registry-from-dashboard");
    }

    // --- item 9: home and menu by role; the signed-in header is one line ---

    /** The header's parts sit on one line, whatever the name's length: one row of the bar, at most 60 px high. */
    void headerIsOneLine(String who) {
        var bar = page.locator("header.top").boundingBox();
        assertThat(bar.height).as(who + " header height").isLessThanOrEqualTo(60);
        double brand = centre(page.locator("header.top .brand"));
        assertThat(Math.abs(centre(page.locator("header.top .menu summary")) - brand)).as(who).isLessThan(6);
        assertThat(Math.abs(centre(page.locator("header.top .account")) - brand)).as(who).isLessThan(6);
    }

    static double centre(com.microsoft.playwright.Locator locator) {
        var box = locator.boundingBox();
        return box.y + box.height / 2;
    }

    List<String> cardTitles() {
        return page.locator("ul.cards li strong").allInnerTexts();
    }

    @Test
    void homeAndMenuFollowTheRoleAndTheHeaderIsOneLine() {
        phoneAs("seller");
        page.navigate("/");
        assertThat(cardTitles().get(0)).isEqualTo("Gian hàng của tôi");
        assertThat(cardTitles()).doesNotContain("Số liệu HTX");
        page.locator("header .menu summary").click();
        assertThat(page.locator("header .menu nav")).containsText("Gian hàng của tôi");
        page.locator("header .menu summary").click();
        headerIsOneLine("seller");
        fitsThePhone("home-seller");

        phoneAs("buyer");
        page.navigate("/");
        assertThat(cardTitles()).contains("Chợ HTX", "Đơn hàng của tôi").doesNotContain("Gian hàng của tôi",
                "Danh bạ HTX", "Đánh giá chuyển đổi số", "Số liệu HTX");
        headerIsOneLine("buyer");
        page.navigate("/profile");
        assertThat(page.locator("main")).not().containsText("Mã truy cập API");
        assertThat(page.locator("form[action$='/profile/tokens']")).hasCount(0);
        headerIsOneLine("buyer profile");
        fitsThePhone("profile-buyer");

        phoneAs("nghean");
        page.navigate("/");
        assertThat(cardTitles().get(0)).isEqualTo("Số liệu HTX");
        assertThat(cardTitles()).doesNotContain("Gian hàng của tôi", "HTX của tôi");
        headerIsOneLine("nghean");
        fitsThePhone("home-nghean");

        phoneAs("htx-manager");
        page.navigate("/");
        assertThat(cardTitles()).contains("HTX của tôi", "Đánh giá chuyển đổi số", "Quản trị nội bộ HTX")
                .doesNotContain("Số liệu HTX");
        headerIsOneLine("htx-manager");
        fitsThePhone("home-manager");
    }

    // --- item 11: steps only towards levels not held, steps and bar agree, named radar axes, labels, placeholders ---

    @Test
    void theAssessmentAndTheMarketSayWhatTheyShow() {
        phoneAs("htx-manager");
        page.navigate("/assessment/90000000-0000-4000-8000-000000000001");
        int level = Integer.parseInt(page.locator(".dmi-level-number").innerText().strip());
        var axes = page.locator("svg text.radar-axis");
        assertThat(axes).hasCount(7);
        assertThat(String.join(" ", axes.allTextContents())).contains("Lãnh đạo", "Thị trường");
        for (String badge : page.locator("ol.dmi-steps .badge").allInnerTexts()) {
            var m = java.util.regex.Pattern.compile("mức (\\d)").matcher(badge);
            if (m.find()) {
                assertThat(Integer.parseInt(m.group(1))).as(badge).isGreaterThan(level);
            }
        }
        fitsThePhone("assessment-result");

        page.navigate("/assessment");
        page.locator("form[action$='/assessment/start'] button").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/step/\\d+$"));
        page.navigate(page.url().replaceAll("/step/\\d+$", "/step/1"));
        assertThat(page.locator("label[for=progress]")).hasText("Bước 1/7");
        assertThat(page.locator("progress#progress")).hasAttribute("max", "7");
        assertThat(page.locator("progress#progress")).hasAttribute("value", "1");
        fitsThePhone("assessment-step");

        phoneAs(null);
        page.navigate("/market/products/e1000000-0000-4000-8000-000000000001");
        assertThat(page.locator("dl dt").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Xã/Phường, tỉnh"))).hasCount(1);
        assertThat(page.locator("main")).not().containsText("Tỉnh\n");
        page.navigate("/market");
        var placeholders = page.locator(".no-photo");
        assertThat(placeholders.count()).isGreaterThanOrEqualTo(2);
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int i = 0; i < placeholders.count(); i++) {
            looks.add(placeholders.nth(i).innerText() + " " + placeholders.nth(i).getAttribute("class"));
        }
        assertThat(looks).as("placeholders").hasSizeGreaterThan(1);
        fitsThePhone("market-placeholders");
    }

    // --- the farm diary offline: installable, opens without network, queues, sends once, PHI checked again ---

    com.microsoft.playwright.Locator label(String text) {
        return page.getByLabel(text, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
    }

    long logsWith(String activity) {
        return jdbc.sql("select count(*) from trace_logs where activity = ?").param(activity).query(Long.class)
                .single();
    }

    @Test
    void theFarmDiaryWorksOfflineAndAnEntryIsStoredOnce() {
        phoneAs("htx-manager");
        String plotName = "Đồi ngoại tuyến " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate("/trace/plots/new");
        label("Tên lô đất").fill(plotName);
        label("Xã/Phường").fill("Xã Hạnh Lâm");
        label("Cây trồng").fill("Chè búp tươi");
        label("Diện tích (m²)").fill("1200");
        label("Tiêu chuẩn sản xuất").selectOption("VIETGAP");
        page.locator("form[action$='/trace/plots'] button[type=submit]").click();
        page.locator(".flash").waitFor();

        page.navigate("/trace/diary/new");
        assertThat(page.locator("link[rel=manifest]")).hasAttribute("href", "/trace/manifest.json");
        // a browser fetches the manifest without cookies: it is public
        BrowserContext anonymous = context.browser().newContext();
        APIResponse manifest = anonymous.request().get("http://localhost:" + port + "/trace/manifest.json");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.text()).contains("\"scope\": \"/trace/\"", "\"start_url\": \"/trace/diary/new\"");
        anonymous.close();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.reload();  // a page the worker saw is cached now

        context.setOffline(true);
        page.reload();
        assertThat(page.locator("h1")).hasText("Ghi nhật ký");
        String activity = "Làm cỏ khi mất sóng " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#plotId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(plotName + " (Chè búp tươi)"));
        page.locator("#activity").fill(activity);
        page.locator("#diary-form button[type=submit]").click();
        assertThat(page.locator("#diary-notices")).containsText("Chưa có mạng");
        assertThat(page.locator("#diary-queue li")).hasCount(1);
        assertThat(logsWith(activity)).isZero();
        screenshot("phone-diary-offline");
        fitsThePhone("diary-offline");

        context.setOffline(false);
        assertThat(page.locator("#diary-notices")).containsText("Đã gửi nhật ký");
        assertThat(page.locator("#diary-queue li")).hasCount(0);
        assertThat(logsWith(activity)).isEqualTo(1);
        String clientId = jdbc.sql("select cast(client_id as varchar) from trace_logs where activity = ?")
                .param(activity).query(String.class).single();
        assertThat(clientId).isNotBlank();

        // the phone lost the answer and sends the entry again: it is stored once
        String plotId = page.locator("#plotId option", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(plotName)).getAttribute("value");
        Object again = page.evaluate("""
                ([clientId, plotId, activity]) => fetch('/trace/diary/sync', {method: 'POST',
                  headers: {'Content-Type': 'application/json',
                            [document.querySelector('meta[name=_csrf_header]').content]:
                              document.querySelector('meta[name=_csrf]').content},
                  body: JSON.stringify({clientId, plotId, kind: 'ACTIVITY', date: new Date().toISOString().slice(0, 10),
                                        activity})}).then(r => r.json()).then(a => a.status)""",
                List.of(clientId, plotId, activity));
        assertThat(again).isEqualTo("DUPLICATE");
        assertThat(logsWith(activity)).isEqualTo(1);

        // a pesticide today, then a harvest written offline: the server refuses it by the PHI rule, as a notice
        page.navigate("/trace/diary/new?kind=INPUT");
        page.locator("#plotId").selectOption(plotId);
        page.locator("#inputType").selectOption("PESTICIDE");
        page.locator("#product").fill("Thuốc thử " + activity);
        page.locator("#activeIngredient").fill("Abamectin");
        page.locator("#dose").fill("10 ml/bình");
        page.locator("#phiDays").fill("14");
        page.locator("#diary-form button[type=submit]").click();
        page.locator(".flash").waitFor();

        page.navigate("/trace/diary/new?kind=HARVEST");
        context.setOffline(true);
        page.locator("#plotId").selectOption(plotId);
        page.locator("#quantity").fill("30");
        page.locator("#diary-form button[type=submit]").click();
        assertThat(page.locator("#diary-queue li")).hasCount(1);
        context.setOffline(false);
        var refusal = page.locator("#diary-notices .alert");
        assertThat(refusal).containsText("không được nhận");
        assertThat(refusal).containsText("Thuốc thử " + activity);
        assertThat(page.locator("#diary-queue li")).hasCount(0);
        fitsThePhone("diary-refused");
    }

    // --- item 10: programmes edited with history, a household shop linked to its owner, the overview as PDF ---

    @Autowired
    vn.htxso.support.Programmes programmes;
    @Autowired
    vn.htxso.platform.internal.Accounts accounts;
    @Autowired
    java.time.Clock clock;

    @Test
    void programmesAreEditedWithHistoryAndAnOfficerLinksAHouseholdShop() {
        var nghean = accounts.byUsername("nghean").orElseThrow().toCurrentUser();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        String name = "Chương trình thử " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = programmes.create(nghean, new vn.htxso.support.Programmes.NewProgramme(name, "40", 500_000_000L,
                today, today.plusYears(1), 50, 20_000_000L, 50_000_000L, 100_000_000L, 100_000_000L,
                java.util.Set.of(), 0, 5));

        phoneAs("nghean");
        page.navigate("/support/programmes/" + id);
        page.getByText("Sửa chương trình").click();
        page.locator("#budgetVnd").fill("600000000");
        page.locator("#name").fill(name + " (sửa)");
        page.locator("form[action$='/support/programmes/" + id + "'] button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("Đã lưu thay đổi");
        assertThat(page.locator("h1")).hasText(name + " (sửa)");
        var history = page.locator("ol.programme-history > li");
        assertThat(history).hasCount(1);
        assertThat(history.first()).containsText("nghean");
        assertThat(history.first()).containsText("Ngân sách");
        assertThat(history.first()).containsText("500000000 → 600000000");
        fitsThePhone("programme-history");

        page.navigate("/support/programmes/" + id + "/edit");
        page.locator("#endsOn").fill(today.minusDays(1).toString());
        var refused = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.locator("form[action$='/support/programmes/" + id + "'] button[type=submit]").click());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator(".error").first()).isVisible();
        fitsThePhone("programme-edit-refused");

        phoneAs("laocai");
        assertThat(page.navigate("/support/programmes/" + id + "/edit").status()).isEqualTo(403);

        phoneAs("nghean");
        String shop = PhoneJourneysBrowserTests.SELLER_SHOP;
        page.navigate("/market/admin/shops");
        page.locator("a.owner-link[href$='/" + shop + "/owner']").click();
        page.locator("#username").fill("buyer");
        page.locator("form[action$='/owner'] button[type=submit]").click();
        assertThat(page.locator("main")).containsText("không phải thành viên bán hàng");
        page.locator("#username").fill("seller");
        page.locator("form[action$='/owner'] button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("Đã gắn gian hàng");
        assertThat(page.locator("dd.current-owner")).containsText("(seller)");
        fitsThePhone("shop-owner");

        page.navigate("/assessment/overview");
        var pdfLink = page.locator("a[href*='/assessment/overview.pdf']");
        assertThat(pdfLink).isVisible();
        APIResponse pdf = page.request().get(pdfLink.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        fitsThePhone("assessment-overview");
    }
}
