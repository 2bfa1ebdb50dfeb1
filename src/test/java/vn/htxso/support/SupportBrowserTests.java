package vn.htxso.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The support journey on a phone: the co-op applies, the alliance approves, the provider deploys, the co-op
 * confirms; a claim is paid (on the demo application accepted more than 30 days ago); a T1 re-assessment shows in
 * the effect report.
 */
class SupportBrowserTests extends BrowserTest {

    static final String PROGRAMME = "/support/programmes/e0000000-0000-4000-8000-000000000001";
    static final String ACCOUNTING = "f0000000-0000-4000-8000-000000000003";
    static final String ACCEPTED_DEMO = "/support/applications/b0000000-0000-4000-8000-000000000001";

    @Test
    void applyApproveDeployConfirmClaimAndSeeTheEffect() {
        as("htx-manager");
        completeAnAssessment(); // a fresh T0
        page.navigate(PROGRAMME);
        page.locator("#package-" + ACCOUNTING + " button").click();
        assertThat(page).hasURL(Pattern.compile("/support/applications/[0-9a-f-]+$"));
        String application = page.url().replaceAll("^https?://[^/]+", "");
        click("SUBMITTED");
        assertState("Đã nộp");

        as("nghean");
        page.navigate(application);
        click("UNDER_REVIEW");
        click("APPROVED");
        assertState("Đã duyệt");
        screenshot("support-approved");

        as("htx-manager");
        page.navigate(application);
        click("OFFER_ACCEPTED");

        as("provider");
        page.navigate("/support");
        assertThat(page.locator("a[href='" + application + "']")).isVisible();
        page.navigate(application);
        click("DEPLOYING");
        click("DEPLOYED");
        assertState("Đã triển khai");

        as("htx-manager");
        page.navigate(application);
        click("ACCEPTED");
        assertState("HTX đã nghiệm thu");
        // a claim right after acceptance is refused (30 days of use first)
        click("CLAIM_SUBMITTED");
        assertThat(page.locator(".alert")).containsText("30 ngày");

        // the demo application accepted in June: claim, approval, payment
        page.navigate(ACCEPTED_DEMO);
        click("CLAIM_SUBMITTED");
        assertState("Đã đề nghị thanh toán");
        as("nghean");
        page.navigate(ACCEPTED_DEMO);
        click("CLAIM_APPROVED");
        click("PAID");
        assertState("Đã chi trả");
        assertThat(page.locator(".sup-history")).containsText("nghean");

        // T1: the co-op re-assesses after deployment; the effect report counts it for the accounting package
        as("htx-manager");
        completeAnAssessment();
        as("nghean");
        page.navigate(PROGRAMME + "/effect");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Phần mềm kế toán HTX")).first())
                .containsText("(1 HTX)");
        screenshot("support-effect");
    }

    private void as(String user) {
        context.clearCookies();
        signIn(user);
        page.navigate("/?lang=vi"); // the account may have been switched to English by another test
    }

    private void completeAnAssessment() {
        page.navigate("/assessment");
        page.locator("form[action$='/assessment/start'] button").click();
        page.navigate(page.url().replaceAll("/step/\\d+$", "/step/1"));
        page.locator("input[name='a-L1'][value='2']").check();
        page.locator("button[name=action][value=next]").click();
        page.navigate(page.url().replaceAll("/step/\\d+$", "/step/8"));
        page.locator("form[action$='/complete'] button").click();
        assertThat(page.locator("h1")).hasText("Kết quả đánh giá");
    }

    private void click(String state) {
        page.locator("form:has(input[name=to][value=" + state + "]) button").click();
        page.waitForLoadState();
    }

    private void assertState(String state) {
        assertThat(page.locator(".sup-state")).hasText(state);
    }
}
