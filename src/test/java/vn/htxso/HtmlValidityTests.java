package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;
import vn.htxso.support.HtmlChecker;

/**
 * Every page, rendered for the user who sees it, answers 200 (404 for the pages in {@link #NOT_FOUND}) and passes
 * the W3C Nu HTML checker ({@link HtmlChecker}: skipped by hand without {@code vnu.jar}, a failure under bin/test).
 */
@DemoMvcTest
class HtmlValidityTests {

    /** Page path → the demo user who opens it ({@code null}: anonymous). Modules add their main pages here. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    /** Pages expected to answer 404 (the error page is checked too); every other page must answer 200. */
    static final Set<String> NOT_FOUND = Set.of("/no-such-page",
            "/01/08938502000026/10/261025-1"); // a GTIN with a wrong check digit: the "unknown lot" page

    static {
        PAGES.put("/", null);
        PAGES.put("/?lang=en", "buyer");
        PAGES.put("/login", null);
        PAGES.put("/login?error=bad", null);
        PAGES.put("/register", null);
        PAGES.put("/profile", "seller");
        PAGES.put("/admin/users", "admin");
        PAGES.put("/admin/users/new", "nghean");
        PAGES.put("/admin/audit", "admin");
        PAGES.put("/admin/communes?province=40", "admin");
        PAGES.put("/no-such-page", "buyer");
        // marketplace
        PAGES.put("/market", null);
        PAGES.put("/market?q=mat+ong&sort=price", null);
        PAGES.put("/market/products/e1000000-0000-4000-8000-000000000001", null);
        PAGES.put("/market/shops/b1000000-0000-4000-8000-000000000002", null);
        PAGES.put("/market/cart", "buyer");
        PAGES.put("/market/orders", "buyer");
        PAGES.put("/market/notifications", "buyer");
        PAGES.put("/market/seller", "seller");
        PAGES.put("/market/seller/shops/b1000000-0000-4000-8000-000000000002/products", "seller");
        PAGES.put("/market/seller/shops/b1000000-0000-4000-8000-000000000002/orders", "seller");
        PAGES.put("/market/seller/shops/b1000000-0000-4000-8000-000000000001/settings", "htx-manager");
        PAGES.put("/market/seller/shops/b1000000-0000-4000-8000-000000000002", "seller");
        PAGES.put("/market/seller/shops/b1000000-0000-4000-8000-000000000002/orders?state=PLACED", "seller");
        PAGES.put("/market/seller/products/e1000000-0000-4000-8000-000000000001", "htx-manager");
        PAGES.put("/market/orders/f1000000-0000-4000-8000-000000000001", "buyer");
        PAGES.put("/market/orders/f1000000-0000-4000-8000-000000000001/cancel", "buyer");
        PAGES.put("/market/admin/shops", "nghean");
        PAGES.put("/market/admin/report", "admin");
        // assessment and support
        PAGES.put("/assessment", "htx-manager");
        PAGES.put("/assessment/90000000-0000-4000-8000-000000000002", "htx-manager");
        PAGES.put("/assessment/overview", "nghean");
        PAGES.put("/admin/assessment-model", "admin");
        PAGES.put("/support?for=coop", "htx-manager");
        PAGES.put("/support", "nghean");
        PAGES.put("/support/programmes/e0000000-0000-4000-8000-000000000001", "nghean");
        PAGES.put("/support/programmes/e0000000-0000-4000-8000-000000000001/effect", "nghean");
        // issue 16 (phone): the pages added this round
        PAGES.put("/support/programmes/e0000000-0000-4000-8000-000000000001/edit", "admin");
        PAGES.put("/market/admin/shops/b1000000-0000-4000-8000-000000000002/owner", "nghean");
        PAGES.put("/admin/audit?action=login.&page=0", "admin");
        PAGES.put("/registry/import", "nghean");
        PAGES.put("/trace/diary/new?kind=HARVEST", "htx-manager");
        PAGES.put("/support/applications/b0000000-0000-4000-8000-000000000001", "provider");
        // registry
        PAGES.put("/registry", "nghean");
        PAGES.put("/registry/dashboard", "admin");
        PAGES.put("/registry/organisations/a0000000-0000-4000-8000-000000000001", "htx-manager");
        // traceability (the demo lots have fixed GTINs and lot numbers; lot, plot and log pages: TraceabilityPagesTests)
        PAGES.put("/trace", "seller");
        PAGES.put("/trace?lang=en", "laocai");
        PAGES.put("/trace?lang=vi", "buyer");
        PAGES.put("/trace/diary/new?kind=INPUT", "seller");
        PAGES.put("/trace/diary/new?kind=HARVEST", "seller");
        PAGES.put("/trace/diary/new?kind=LAB_TEST", "htx-manager");
        PAGES.put("/trace/plots/new", "htx-manager");
        PAGES.put("/trace/processing/new", "htx-manager");
        PAGES.put("/trace/packing/new", "htx-manager");
        PAGES.put("/trace/import", "htx-manager");
        PAGES.put("/trace/settings", "htx-manager");
        PAGES.put("/01/08938501000026/10/261106-1", null);
        PAGES.put("/01/08938502000025/10/261025-1?lang=en", null);
        PAGES.put("/01/08938502000026/10/261025-1", null);
        // scorecard
        PAGES.put("/scorecard", "admin");
        PAGES.put("/scorecard/provinces/40", "nghean");
        PAGES.put("/scorecard/provinces/15?band=LOW&q=xa", "laocai");
        PAGES.put("/scorecard/provinces/40/communes/Xã Hạnh Lâm", "nghean");
        PAGES.put("/scorecard/criteria/40", "nghean");
        PAGES.put("/scorecard/criteria/15/history", "laocai");
        PAGES.put("/communes/40/Xã Hạnh Lâm", null);
        PAGES.put("/communes/15/Xã Bắc Hà?lang=en", null);
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001", "htx-manager");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001?lang=en", "seller");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001/transactions", "htx-manager");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001/distribution", "htx-manager");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001/charter", "htx-manager");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001/requests", "seller");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001/requests?lang=en", "htx-manager");
        PAGES.put("/governance/cooperatives/a0000000-0000-4000-8000-000000000001/refunds", "htx-manager");
        PAGES.put("/governance/provinces/15", "laocai");
        PAGES.put("/governance/national", "admin");
        // learning
        PAGES.put("/learning", null);
        PAGES.put("/learning?lang=en", "htx-manager");
        PAGES.put("/learning/courses/c1000000-0000-4000-8000-000000000001", "seller");
        PAGES.put("/learning/events/e1000000-0000-4000-8000-000000000002", "htx-manager");
        PAGES.put("/learning/events/e1000000-0000-4000-8000-000000000002/organise", "laocai");
        PAGES.put("/learning/events/e1000000-0000-4000-8000-000000000002/check-in?code=123456", "buyer");
        PAGES.put("/learning/events/new", "nghean");
        PAGES.put("/learning/certificates", "htx-manager");
        PAGES.put("/verify/HTX4R8TW3Z", null);
        PAGES.put("/verify", null);
        PAGES.put("/learning/news", null);
        PAGES.put("/learning/news?province=15&lang=en", "buyer");
        PAGES.put("/learning/news/e2000000-0000-4000-8000-000000000001", null);
        PAGES.put("/learning/news/e2000000-0000-4000-8000-000000000002?lang=en", "laocai");
        PAGES.put("/learning/news/manage", "nghean");
        PAGES.put("/learning/news/new", "admin");
        PAGES.put("/learning/news/e2000000-0000-4000-8000-000000000001/edit", "nghean");
        PAGES.put("/learning/materials", "laocai");
        PAGES.put("/learning/materials?lang=en", null);
        PAGES.put("/learning/reports", "nghean");
        PAGES.put("/learning/reports?lang=en", "admin");
        PAGES.put("/learning/events/e1000000-0000-4000-8000-000000000002/scan", "laocai");
        // insights
        PAGES.put("/market/seller/products/e1000000-0000-4000-8000-000000000005", "seller");
        PAGES.put("/insights/shops/b1000000-0000-4000-8000-000000000002/forecasts", "seller");
        PAGES.put("/insights/anomalies?province=40", "nghean");
        PAGES.put("/insights/programmes", "nghean");
        PAGES.put("/insights/programmes/e8000000-0000-4000-8000-000000000001/impact", "nghean");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @TempDir
    Path pages;

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path vnu = HtmlChecker.jar();
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            var response = render(page.getKey(), page.getValue());
            if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
                response = render(response.getRedirectedUrl(), page.getValue());
            }
            int expected = NOT_FOUND.contains(page.getKey()) ? 404 : 200;
            assertThat(response.getStatus()).as("status of %s for %s", page.getKey(), page.getValue())
                    .isEqualTo(expected);
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            if (html.isBlank() && response.getStatus() == 404) {
                html = mvc.perform(MockMvcRequestBuilders.get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", page.getKey()))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            }
            assertThat(html).as(page.getKey()).startsWith("<!DOCTYPE html>");
            files.add(HtmlChecker.write(pages, page.getKey(), html));
        }
        assertThat(HtmlChecker.errors(vnu, files)).isEmpty();
    }

    private org.springframework.mock.web.MockHttpServletResponse render(String path, String username) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (username != null) {
            request.with(DemoUsers.as(accounts, username));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
