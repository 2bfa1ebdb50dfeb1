package vn.htxso.insights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

/** On a 360 px phone: a seller reads a forecast; a provincial officer clears a flag. */
class InsightsBrowserTests extends BrowserTest {

    static final String SHOP = "b1000000-0000-4000-8000-000000000002";
    static final String HONEY = "e1000000-0000-4000-8000-000000000005";

    @Test
    void aSellerReadsTheForecastOfItsHoney() {
        signIn("seller");
        page.navigate("/market/seller/shops/" + SHOP);
        Locator outlook = page.locator("#outlook-" + HONEY);
        assertThat(outlook).isVisible();
        assertThat(outlook.locator(".outlook-words")).containsText("tuần tới");
        assertThat(outlook.locator("svg.outlook-chart")).isVisible();
        assertThat(outlook).containsText("MASE");
        screenshot("insights-seller-forecast");

        page.locator("a[href$='/insights/shops/" + SHOP + "/forecasts']").click();
        page.locator("#horizon").selectOption("8");
        page.locator("form.inline-form button[type=submit]").click();
        assertThat(page.locator("#outlook-" + HONEY + " .outlook-words")).containsText("8 tuần tới");
        Object overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(true);
    }

    @Test
    void aProvincialOfficerClearsAFlag() {
        signIn("nghean");
        page.navigate("/insights/anomalies?province=40");
        Locator flag = page.locator("#flag-4080000901-MEMBERS_BELOW_MINIMUM");
        assertThat(flag).containsText("dưới mức tối thiểu 5");
        screenshot("insights-flags");
        flag.locator("button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("4080000901");
        assertThat(page.locator("#flag-4080000901-MEMBERS_BELOW_MINIMUM .badge")).containsText("Đã kiểm tra");
        assertThat(page.locator("#flag-4080000901-MEMBERS_BELOW_MINIMUM button")).hasCount(0);
    }
}
