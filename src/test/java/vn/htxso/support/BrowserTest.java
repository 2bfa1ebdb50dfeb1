package vn.htxso.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the Playwright browser tests: the application with demo data on a random port, driven by Debian's
 * Chromium (Playwright cannot download its own browser here). Each test gets a fresh browser context with a
 * phone-sized screen; {@link #desktop()} switches to a wide one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = WithDemoData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "demo12345";
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--disable-sync", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-dev-shm-usage");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        // launch() gives every run a fresh, temporary user-data directory of its own
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable)).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @BeforeEach
    void openPhone() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN").setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(45_000);  // generous: CI machines are small and sometimes shared
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new browser context with JavaScript switched off, to prove a journey works without it. */
    protected Page withoutJavaScript() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setJavaScriptEnabled(false).setBaseURL("http://localhost:" + port));
        page = context.newPage();
        return page;
    }

    /** A new browser context with a desktop-sized screen. */
    protected Page desktop() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setBaseURL("http://localhost:" + port));
        page = context.newPage();
        return page;
    }

    /** Signs in on the page as a demo account; ends on the page the sign-in leads to. */
    protected void signIn(String username) {
        page.navigate("/login");
        page.getByLabel(java.util.regex.Pattern.compile("Tên đăng nhập|User name")).fill(username);
        page.getByLabel(java.util.regex.Pattern.compile("^(Mật khẩu|Password)$")).fill(DEMO_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
        // The language is remembered on the account, and other tests of the run (MockMvc pages with ?lang=en) may
        // have left it in English: journeys start in Vietnamese, on the page the sign-in led to.
        String landed = page.url();
        page.navigate("/?lang=vi");
        page.navigate(landed);
    }

    protected Path screenshot(String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
