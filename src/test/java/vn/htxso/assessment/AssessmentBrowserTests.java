package vn.htxso.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

/** A co-op assesses itself on a phone-sized screen, saving halfway and resuming. */
class AssessmentBrowserTests extends BrowserTest {

    @Test
    void aCoopAssessesItselfOnAPhone() {
        signIn("htx-manager");
        page.navigate("/?lang=vi"); // the account may have been switched to English by another test
        page.navigate("/assessment");
        page.locator("form[action$='/assessment/start'] button").click();
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
                // leave after saving this step and come back: the draft resumes at the next step
                page.locator("button[name=action][value=next]").click();
                assertThat(page).hasURL(Pattern.compile("/step/4$"));
                page.navigate("/assessment");
                page.locator("form[action$='/assessment/start'] button").click();
                assertThat(page).hasURL(Pattern.compile("/step/4$"));
                continue;
            }
            page.locator("button[name=action][value=next]").click();
        }
        assertThat(page).hasURL(Pattern.compile("/step/8$"));
        page.locator("form[action$='/complete'] button").click();
        assertThat(page.locator("h1")).hasText("Kết quả đánh giá");
        assertThat(page.locator(".dmi-level-name")).containsText("Mức");
        assertThat(page.locator("figure.dmi-radar svg polygon").last()).isVisible();
        assertThat(page.locator("ol.dmi-steps li").first()).isVisible();
        assertThat(page.locator(".dmi-suggestions li").first()).isVisible();
        screenshot("assessment-result");
    }
}
