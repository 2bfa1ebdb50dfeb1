package vn.htxso.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

/**
 * The governance journey on a 360 px phone: the manager opens a vote in this year's annual assembly, {@code seller}
 * votes and changes the vote, the manager closes the votes, records the day and signs the minutes, and the Nghệ An
 * alliance sees the co-op's annual-assembly alert disappear.
 */
class GovernanceBrowserTests extends BrowserTest {

    static final String CHE = "a0000000-0000-4000-8000-000000000001";
    static final String ANNUAL_ALERT = "li[data-coop='" + CHE + "'] li[data-code^='ANNUAL_ASSEMBLY']";

    @Test
    void voteOnAPhoneSignTheMinutesAndTheAlertGoes() {
        as("nghean");
        page.navigate("/governance/provinces/40");
        assertThat(page.locator(ANNUAL_ALERT)).not().hasCount(0);

        as("htx-manager");
        page.navigate("/governance");
        assertThat(page).hasURL(Pattern.compile("/governance/cooperatives/" + CHE + "$"));
        page.locator(".gov-list li:has-text('Đã triệu tập') a").first().click();
        String assembly = path();
        page.getByLabel("Nội dung", new Page.GetByLabelOptions().setExact(true)).fill("Biểu quyết thử trên điện thoại");
        page.locator("form[action$='/votes'] button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("Đã mở biểu quyết trực tuyến.");
        page.locator("a:has-text('Biểu quyết thử trên điện thoại')").click();
        String vote = path();
        screenshot("governance-vote-opened");

        as("seller");
        page.navigate(vote);
        page.getByLabel("Tán thành", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("form[action$='/ballots'] button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("Đã ghi nhận biểu quyết của bạn.");
        page.getByLabel("Không tán thành", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("form[action$='/ballots'] button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("Đã thay đổi biểu quyết của bạn.");
        assertThat(page.locator(".gov-ok")).containsText("Không tán thành");
        assertThat(page.locator(".gov-live")).containsText("1 phiếu: 0 tán thành, 1 không tán thành");
        screenshot("governance-vote-changed");

        as("htx-manager");
        page.navigate(vote);
        page.locator("form[action$='/close'] button").click();
        assertThat(page.locator(".flash")).hasText("Đã đóng biểu quyết.");
        // every other vote still open in the assembly is closed too before the minutes are signed
        page.navigate(assembly);
        Locator open = page.locator(".gov-list li:has(.badge:text-is('Đang biểu quyết')) a");
        while (open.count() > 0) {
            open.first().click();
            page.locator("form[action$='/close'] button").click();
            page.navigate(assembly);
        }
        page.locator("form[action$='/held'] button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("Đã ghi ngày họp.");
        page.getByLabel("Chủ tọa").fill("Nguyễn Văn Hùng");
        page.getByLabel("Thư ký").fill("Trần Thị Lan");
        page.locator("form[action$='/minutes'] button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("Đã ký biên bản; các nghị quyết có hiệu lực.");
        assertThat(page.locator("a[href$='/minutes.pdf']")).isVisible();
        screenshot("governance-minutes-signed");

        as("nghean");
        page.navigate("/governance/provinces/40");
        assertThat(page.locator("li[data-coop='" + CHE + "']")).isVisible();
        assertThat(page.locator(ANNUAL_ALERT)).hasCount(0);
    }

    private String path() {
        return page.url().replaceAll("^https?://[^/]+", "");
    }

    private void as(String user) {
        context.clearCookies();
        signIn(user);
        page.navigate("/?lang=vi");
    }
}
