package vn.htxso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * Every page, rendered for the user who sees it, passes the W3C Nu HTML checker ({@code vnu.jar} from the npm
 * package vnu-jar, which bin/test installs and names in {@code VNU_JAR}).
 */
@DemoMvcTest
class HtmlValidityTests {

    /** Page path → the demo user who opens it ({@code null}: anonymous). Modules add their main pages here. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

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
        PAGES.put("/support/applications/f0000000-0000-4000-8000-000000000004", "provider");
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
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @TempDir
    Path pages;

    @Test
    void everyPageIsValidHtml() throws Exception {
        String vnu = System.getenv("VNU_JAR");
        Assumptions.assumeTrue(vnu != null && Files.exists(Path.of(vnu)), "VNU_JAR not set: run bin/test");
        List<String> files = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            var response = render(page.getKey(), page.getValue());
            if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
                response = render(response.getRedirectedUrl(), page.getValue());
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            if (html.isBlank() && response.getStatus() == 404) {
                html = mvc.perform(MockMvcRequestBuilders.get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", page.getKey()))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            }
            assertThat(html).as(page.getKey()).startsWith("<!DOCTYPE html>");
            Path file = pages.resolve("page-" + (n++) + ".html");
            Files.writeString(file, "<!-- " + page.getKey() + " -->\n" + html, StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        assertThat(validate(vnu, files)).isEmpty();
    }

    private org.springframework.mock.web.MockHttpServletResponse render(String path, String username) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (username != null) {
            request.with(DemoUsers.as(accounts, username));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String validate(String vnu, List<String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", vnu, "--errors-only", "--format", "gnu"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        StringBuilder report = new StringBuilder();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                // "file:/tmp/…/page-3.html":1.67-1.83: error: …  → name the page's path instead of the file
                java.util.regex.Matcher file = java.util.regex.Pattern.compile("\"file:(.*?\\.html)\"").matcher(line);
                String page = file.find() ? Files.readAllLines(Path.of(file.group(1))).get(0) : "";
                report.append(page).append(' ').append(line).append('\n');
            }
        }
        return report.toString();
    }
}
