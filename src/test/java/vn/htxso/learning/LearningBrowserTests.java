package vn.htxso.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.BrowserTest;

/**
 * Two phones at a training day (360 px): the organiser shows the rotating code, an attendee checks in with it on a
 * second phone; the organiser checks two members in with the network switched off, and they are stored when it comes
 * back; the attendee downloads the certificate and an anonymous visitor verifies it.
 */
class LearningBrowserTests extends BrowserTest {

    @Autowired
    TrainingCalendar calendar;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void codeOnOnePhoneCheckInOnAnotherOfflineCheckInsSyncAndACertificateIsVerified() throws Exception {
        Instant now = clock.instant();
        CurrentUser organiser = accounts.byUsername("nghean").orElseThrow().toCurrentUser();
        CurrentUser manager = accounts.byUsername("htx-manager").orElseThrow().toCurrentUser();
        EventId event = calendar.create(organiser, new NewEvent("Tập huấn bán hàng trực tuyến " + UUID.randomUUID(),
                EventKind.TRAINING_DAY, null, "40", "Xã Hạnh Lâm", "Nhà văn hoá xã", now.minusSeconds(900),
                now.plusSeconds(3 * 3600), 50, 1, 1));
        calendar.registerMember(manager, event, "Vi Thị Thảo", true, true);
        calendar.registerMember(manager, event, "Lương Văn Sơn", false, true);

        // phone 1: the organiser's door page with the code and its QR (a loaded shared machine may be slow: waits of 60 s)
        context.setDefaultTimeout(60_000);
        Page organiserPage = page;
        signIn("nghean");
        organiserPage.navigate("/learning/events/" + event + "/organise");
        assertThat(organiserPage.locator(".lrn-code img")).isVisible();
        String code = organiserPage.locator(".lrn-code-text").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(code).matches("\\d{6}");
        screenshot("learning-organiser-code");

        // phone 2: the attendee scans the QR (its link carries the code) and checks in
        Browser browser = context.browser();
        BrowserContext attendeeContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN").setBaseURL("http://localhost:" + port).setAcceptDownloads(true));
        attendeeContext.setDefaultTimeout(60_000);
        Page attendee = attendeeContext.newPage();
        page = attendee;
        signIn("seller");
        attendee.navigate("/learning/events/" + event + "/check-in?code=" + code);
        assertThat(attendee.locator("#code")).hasValue(code);
        attendee.locator("form.lrn-checkin button[type=submit]").click();
        assertThat(attendee.locator(".flash")).containsText("Đã điểm danh");

        // phone 1 goes offline and checks the two members in by name
        page = organiserPage;
        organiserPage.navigate("/learning/events/" + event + "/organise");
        context.setOffline(true);
        for (String name : new String[] {"Vi Thị Thảo", "Lương Văn Sơn"}) {
            organiserPage.locator(".lrn-people li", new Page.LocatorOptions().setHasText(name))
                    .locator("button").click();
            assertThat(organiserPage.locator(".lrn-people li.lrn-queued",
                    new Page.LocatorOptions().setHasText(name))).isVisible();
        }
        assertThat(organiserPage.locator("#lrn-net")).containsText("mất mạng");
        org.assertj.core.api.Assertions.assertThat(calendar.event(event).attended()).as("nothing sent yet")
                .isEqualTo(1);
        screenshot("learning-organiser-offline");
        context.setOffline(false);
        assertThat(organiserPage.locator(".lrn-people li.lrn-in", new Page.LocatorOptions().setHasText("Vi Thị Thảo")))
                .isVisible();
        assertThat(organiserPage.locator(".lrn-people li.lrn-in",
                new Page.LocatorOptions().setHasText("Lương Văn Sơn"))).isVisible();
        organiserPage.reload();
        assertThat(organiserPage.locator(".lrn-people li.lrn-in")).hasCount(3);
        org.assertj.core.api.Assertions.assertThat(calendar.event(event).attended()).isEqualTo(3);

        // phone 2: the attendee downloads the certificate
        page = attendee;
        attendee.navigate("/learning/certificates");
        var row = attendee.locator(".lrn-list li", new Page.LocatorOptions().setHasText("Tập huấn bán hàng trực tuyến"));
        String certificate = row.locator("a[href$='.pdf']").getAttribute("href").replaceAll(".*/|\\.pdf$", "");
        Download download = attendee.waitForDownload(() -> row.locator("a[href$='.pdf']").click());
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        attendeeContext.close();

        // a visitor without an account verifies it: masked name, no personal data
        page = organiserPage;
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("vi-VN")
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
        page.navigate("/verify");
        page.locator("#code").fill(certificate.toLowerCase());
        page.locator("form[role=search] button").click();
        assertThat(page.locator(".lrn-holder")).hasText("Lô T. M.");
        assertThat(page.locator(".lrn-certificate")).containsText("Còn hiệu lực");
        assertThat(page.locator("body")).not().containsText("Lô Thị Mai");
        screenshot("learning-verify");
    }
}
