package vn.htxso.scorecard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

/**
 * On a phone: the Lào Cai officer sees Xã Văn Yên's online shops short of the province's target, lowers the target
 * in the province's criteria, and sees the commune's status for that indicator turn to met.
 */
class ScorecardBrowserTests extends BrowserTest {

    @Test
    void aProvinceOfficerEditsATargetAndSeesTheCommunesStatusChange() {
        signIn("laocai");
        page.navigate("/scorecard");
        assertThat(page).hasURL(Pattern.compile("/scorecard/provinces/15$"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Xã Văn Yên")).click();
        // one verified shop against a target of two: on the way
        assertThat(page.locator("#indicator-SHOPS_ONLINE .badge")).hasText("Đang tiến tới");
        String before = page.locator("#score").textContent();
        screenshot("scorecard-commune-before");

        page.navigate("/scorecard/provinces/15");
        page.locator("#edit-criteria").click();
        assertThat(page.locator("#row-2-measure")).hasValue("SHOPS_ONLINE");
        page.locator("#row-2-target").fill("1");
        page.locator("#note").fill("Xã miền núi: một gian hàng là đạt");
        page.locator("form.criteria-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/scorecard/provinces/15$"));
        assertThat(page.locator(".flash")).containsText("phiên bản 2");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Xã Văn Yên")).click();
        assertThat(page.locator("#indicator-SHOPS_ONLINE .badge")).hasText("Đạt");
        assertThat(page.locator("#score")).not().hasText(before);
        screenshot("scorecard-commune-after");

        // the earlier version stays in the history
        page.navigate("/scorecard/criteria/15/history");
        assertThat(page.locator("article.criteria-version")).hasCount(2);
    }
}
