package vn.htxso.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.BrowserTest;

/**
 * On a 360 px phone: the organiser scans a personal QR with the camera (the browser's BarcodeDetector and camera are
 * stood in for, as headless Chromium has neither) or, without JavaScript, types the code; the news, materials and
 * report pages fit the screen.
 */
class LearningPhoneBrowserTests extends BrowserTest {

    @Autowired
    TrainingCalendar calendar;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theCameraReadsAPersonalQrAndChecksThePersonInOnce() {
        context.setDefaultTimeout(60_000);
        EventId event = newEvent();
        Registration person = calendar.addAtDoor(calendar.event(event), null, "Sùng Thị Mỷ", null, organiser());
        // a camera that shows a canvas, and a detector that reads the person's code in it
        context.addInitScript("""
                navigator.mediaDevices.getUserMedia = function () {
                  var canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 48;
                  var stream = canvas.captureStream(5);
                  setInterval(function () { canvas.getContext('2d').fillRect(0, 0, 1 + Math.random() * 60, 10); }, 100);
                  return Promise.resolve(stream);
                };
                window.BarcodeDetector = function () {};
                window.BarcodeDetector.getSupportedFormats = function () { return Promise.resolve(['qr_code']); };
                window.BarcodeDetector.prototype.detect = function () {
                  window.__detects = (window.__detects || 0) + 1;
                  return Promise.resolve([{rawValue: '%s'}]);
                };
                """.formatted(person.personalCode().toLowerCase()));
        signIn("nghean");
        page.navigate("/learning/events/" + event + "/scan");
        assertThat(page.locator("#lrn-scan-hint")).isHidden();
        page.locator("#lrn-scan-start").click();
        assertThat(page.locator(".flash")).containsText("Đã điểm danh: Sùng Thị Mỷ");
        // back on the page the camera starts again by itself and leaves the person just checked in alone
        assertThat(page.locator("#lrn-scan-video")).isVisible();
        for (int i = 0; i < 200 && detects() <= 3; i++) {
            page.waitForTimeout(100);
        }
        org.assertj.core.api.Assertions.assertThat(detects()).as("the camera keeps reading").isGreaterThan(3);
        assertThat(page.locator(".flash")).containsText("Đã điểm danh: Sùng Thị Mỷ");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select count(*) from learning_check_ins where registration_id = ? and method = 'PERSONAL_QR'")
                .param(person.id()).query(Integer.class).single()).isEqualTo(1);
        fitsThePhone();
    }

    @Test
    void withoutJavaScriptTheOrganiserTypesTheCode() {
        EventId event = newEvent();
        Registration person = calendar.addAtDoor(calendar.event(event), null, "Giàng A Lử", null, organiser());
        withoutJavaScript();
        signIn("nghean");
        page.navigate("/learning/events/" + event + "/scan");
        assertThat(page.locator("#lrn-scan-hint")).isVisible();
        assertThat(page.locator("#lrn-scan-start")).isHidden();
        page.locator("#personalCode").fill(person.personalCode());
        page.locator("#lrn-scan-form button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("Đã điểm danh: Giàng A Lử");
        page.locator("#personalCode").fill("KHONGCOMA22");
        page.locator("#lrn-scan-form button[type=submit]").click();
        assertThat(page.locator(".alert")).containsText("không có trong danh sách");
    }

    @Test
    void newsMaterialsAndReportsFitAPhoneScreen() {
        page.navigate("/learning/news");
        page.locator(".lrn-news-list a").first().click();
        assertThat(page.locator(".lrn-share img")).isVisible();
        assertThat(page.locator("#share-url")).hasValue(java.util.regex.Pattern.compile("/learning/news/"));
        fitsThePhone();
        screenshot("learning-news-post");
        page.navigate("/learning/materials");
        assertThat(page.locator(".lrn-materials li").first()).containsText("MB");
        fitsThePhone();
        signIn("nghean");
        page.navigate("/learning/reports");
        assertThat(page.locator(".lrn-table").first()).isVisible();
        fitsThePhone();
        screenshot("learning-reports");
    }

    private int detects() {
        return ((Number) page.evaluate("() => window.__detects || 0")).intValue();
    }

    private void fitsThePhone() {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("no sideways scrolling at 360 px")
                .isLessThanOrEqualTo(360);
    }

    private EventId newEvent() {
        Instant now = clock.instant();
        return calendar.create(organiser(), new NewEvent("Tập huấn quét QR " + UUID.randomUUID(),
                EventKind.TRAINING_DAY, null, "40", "Xã Hạnh Lâm", null, now.minusSeconds(600),
                now.plusSeconds(7200), 30, 1, 1));
    }

    private CurrentUser organiser() {
        return accounts.byUsername("nghean").orElseThrow().toCurrentUser();
    }
}
