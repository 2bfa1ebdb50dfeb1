package vn.htxso.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

/** A co-op assesses itself on a phone-sized screen, saving halfway and resuming. */
class AssessmentBrowserTests extends BrowserTest {

    @Test
    void aCoopAssessesItselfOnAPhone() {
        signIn("htx-manager");
        page.navigate("/assessment");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(Pattern.compile("Bắt đầu tự đánh giá|Làm tiếp bản đang dở"))).click();
        assertThat(page).hasURL(Pattern.compile("/assessment/[0-9a-f-]+/step/\\d"));
        // go to the first step and answer every ladder with step 3 and tick the first options
        page.navigate(page.url().replaceAll("/step/\\d+$", "/step/1"));
        for (int step = 1; step <= 7; step++) {
            assertThat(page.locator("progress#progress")).hasAttribute("value", String.valueOf(step));
            Locator ladders = page.locator("fieldset.dmi-item input[type=radio][value='3']");
            for (int i = 0; i < ladders.count(); i++) {
                ladders.nth(i).check();
            }
            Locator firstBoxes = page.locator("fieldset.dmi-item label.choice:first-of-type input[type=checkbox]");
            for (int i = 0; i < firstBoxes.count(); i++) {
                firstBoxes.nth(i).check();
            }
            Locator numbers = page.locator("fieldset.dmi-item input[type=number]");
            for (int i = 0; i < numbers.count(); i++) {
                numbers.nth(i).fill("50");
            }
            if (step == 3) {
                screenshot("assessment-step-3");
                // save and come back later: the draft resumes at the next step
                page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Lưu, làm tiếp sau")).click();
                assertThat(page.locator(".flash")).containsText("Đã lưu");
                page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Làm tiếp bản đang dở")).click();
                assertThat(page).hasURL(Pattern.compile("/step/4$"));
                continue;
            }
            page.locator("button[name=action][value=next]").click();
        }
        assertThat(page).hasURL(Pattern.compile("/step/8$"));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Hoàn thành và xem kết quả")).click();
        assertThat(page.locator("h1")).hasText("Kết quả đánh giá");
        assertThat(page.locator(".dmi-level-name")).containsText("Mức");
        assertThat(page.locator("figure.dmi-radar svg polygon").last()).isVisible();
        assertThat(page.getByText("Những bước nâng mức nhiều nhất")).isVisible();
        assertThat(page.getByText("Gói hỗ trợ phù hợp")).isVisible();
        screenshot("assessment-result");
    }
}
