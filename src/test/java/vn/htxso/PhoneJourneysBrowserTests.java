package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import vn.htxso.support.Axe;
import vn.htxso.support.BrowserTest;

/**
 * Issue 16 at 360 × 740 in Vietnamese, over the pages of every role's journeys: no page scrolls sideways, a cold
 * load weighs at most 50 KB compressed with its CSS and JavaScript, and axe-core finds no serious or critical
 * violation.
 */
class PhoneJourneysBrowserTests extends BrowserTest {

    static final String SELLER_SHOP = "b1000000-0000-4000-8000-000000000002";
    static final String DEMO_VIETQR_ORDER = "f1000000-0000-4000-8000-000000000001";
    static final String DEMO_PRODUCT_PAGE = "/market/shops/" + SELLER_SHOP;

    /** The journey pages, per account ({@code null}: a guest). */
    final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeAll
    void pages() {
        String product = jdbc.sql("select cast(id as varchar) from products where shop_id = cast(? as uuid) "
                + "and active = true order by created_at limit 1").param(SELLER_SHOP).query(String.class).single();
        PAGES.put(null, List.of("/", "/market", "/market?q=mat+ong", DEMO_PRODUCT_PAGE,
                "/market/products/" + product, "/login", "/register",
                "/01/08938501000026/10/261106-1"));
        PAGES.put("buyer", List.of("/", "/market/cart", "/market/orders", "/market/orders/" + DEMO_VIETQR_ORDER,
                "/profile", "/market/notifications"));
        PAGES.put("seller", List.of("/", "/market/seller", "/market/seller/shops/" + SELLER_SHOP,
                "/market/seller/shops/" + SELLER_SHOP + "/orders", "/market/seller/shops/" + SELLER_SHOP + "/products",
                "/market/seller/shops/" + SELLER_SHOP + "/products/new",
                "/market/seller/shops/" + SELLER_SHOP + "/reviews", "/market/seller/products/" + product,
                "/trace", "/trace/diary/new"));
        PAGES.put("htx-manager", List.of("/", "/registry", "/assessment", "/support", "/trace",
                "/registry/organisations/a0000000-0000-4000-8000-000000000001",
                "/assessment/90000000-0000-4000-8000-000000000001", "/trace/diary/new?kind=HARVEST"));
        PAGES.put("nghean", List.of("/", "/registry", "/registry/dashboard?province=40", "/registry/not-reported",
                "/support", "/assessment/overview", "/market/admin/shops", "/market/admin/report", "/admin/audit",
                "/registry/import", "/support/programmes/e0000000-0000-4000-8000-000000000001",
                "/market/admin/shops/" + SELLER_SHOP + "/owner"));
        PAGES.put("admin", List.of("/admin/users", "/admin/audit", "/registry/import", "/registry/targets",
                "/support/programmes/e0000000-0000-4000-8000-000000000001/edit", "/assessment/overview"));
    }

    /** A fresh context (empty cache) signed in as {@code username}, or a guest's when {@code null}. */
    private Page as(String username, boolean bypassCsp) {
        context.close();
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN").setBaseURL("http://localhost:" + port).setBypassCSP(bypassCsp);
        if (username != null) {
            BrowserContext signing = context.browser().newContext(options);
            page = signing.newPage();
            signIn(username);
            String state = signing.storageState();
            signing.close();
            options.setStorageState(state);
        }
        context = context.browser().newContext(options);
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    @Test
    void noJourneyPageScrollsSidewaysAt360Pixels() {
        List<String> wide = new ArrayList<>();
        PAGES.forEach((user, paths) -> {
            as(user, false);
            for (String path : paths) {
                Response response = page.navigate(path);
                assertThat(response.status()).as(user + " " + path).isLessThan(400);
                int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
                if (path.contains("/orders") || path.contains("/seller/products/") || path.equals("/")) {
                    screenshot("phone-" + (user == null ? "guest" : user) + path.replaceAll("[^a-z0-9]+", "-"));
                }
                if (width > 360) {
                    wide.add(user + " " + path + ": " + width + " px");
                    screenshot("wide-" + (user == null ? "guest" : user) + path.replaceAll("[^a-z0-9]+", "-"));
                }
            }
        });
        assertThat(wide).isEmpty();
    }

    @Test
    void everyJourneyPageWeighsAtMost50KbCompressedCold() {
        List<String> heavy = new ArrayList<>();
        PAGES.forEach((user, paths) -> {
            for (String path : paths) {
                as(user, false);
                List<Request> requests = new ArrayList<>();
                page.onRequestFinished(requests::add);
                page.navigate(path);
                page.waitForLoadState();
                long bytes = 0;
                for (Request request : List.copyOf(requests)) {
                    com.microsoft.playwright.options.Sizes sizes = request.sizes();
                    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
                    if (request.url().endsWith(".js") || request.url().endsWith(".css")) {
                        assertThat(request.response().headerValue("content-encoding")).as(request.url())
                                .isEqualTo("gzip");
                    }
                }
                if (bytes > 50 * 1024) {
                    heavy.add(user + " " + path + ": " + bytes + " bytes");
                }
            }
        });
        assertThat(heavy).isEmpty();
    }

    @Test
    void anHtmxCartUpdateBreaksNoContentSecurityPolicy() {
        as(null, false);
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(m -> console.add(m.type() + " " + m.text()));
        page.navigate("/market?q=mat+ong");
        page.locator(".product-name").first().click();
        page.getByLabel("Số lượng").fill("1");
        page.locator("form[action*='/market/cart/lines'] button[type=submit]").first().click();
        page.waitForLoadState();
        page.navigate("/market/cart");
        Response update = page.waitForResponse(r -> r.url().contains("/market/cart/lines/"), () -> {
            page.locator("#basket input[type=number], #basket input[name=quantity]").first().fill("2");
            page.locator("#basket form[data-hx-post] button[type=submit]").first().click();
        });
        assertThat(update.status()).isEqualTo(200);
        page.locator("#basket").waitFor();
        assertThat(console).noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused"));
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnJourneyPages() {
        if (!Axe.available()) {
            assertThat(Axe.required()).as("axe-core is missing at " + Axe.script() + " (bin/test installs it)")
                    .isFalse();
            org.junit.jupiter.api.Assumptions.abort("axe-core not installed; bin/test installs it");
        }
        List<String> violations = new ArrayList<>();
        PAGES.forEach((user, paths) -> {
            as(user, true);
            for (String path : paths) {
                page.navigate(path);
                for (String v : Axe.seriousViolations(page)) {
                    violations.add(user + " " + path + " " + v);
                }
            }
        });
        assertThat(violations).isEmpty();
    }
}
