package vn.htxso.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.htxso.support.BrowserTest;

/** Sign-in and sign-up in a real browser on a phone-sized screen, in Vietnamese and in English. */
class SignInBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "{0} signs in ({2})")
    @CsvSource({
        "admin,Liên minh HTX Việt Nam,vi", "nghean,Liên minh HTX tỉnh,vi", "laocai,Liên minh HTX tỉnh,vi",
        "htx-manager,Quản lý HTX,vi", "seller,Hộ thành viên bán hàng,vi", "buyer,Người mua,vi",
        "provider,Nhà cung cấp giải pháp,vi",
        "admin,Vietnam Cooperative Alliance,en", "nghean,Provincial cooperative alliance,en",
        "htx-manager,Co-op manager,en", "seller,Member household seller,en", "buyer,Buyer,en",
        "provider,Solution provider,en"})
    void eachDemoAccountSignsIn(String username, String roleLabel, String language) {
        if ("en".equals(language)) {
            page.navigate("/?lang=en");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
        signIn(username);
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        // the switcher in the header picks the language (and remembers it on the profile)
        page.navigate("/?lang=" + language);
        assertThat(page.locator("main h1")).containsText("en".equals(language) ? "Hello" : "Xin chào");
        assertThat(page.locator("main .facts")).containsText(roleLabel);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        // the choice is remembered on the account: leave every demo account in Vietnamese for the tests that follow
        page.navigate("/?lang=vi");
    }

    @Test
    void aFailedSignInSaysSoInVietnamese() {
        page.navigate("/login");
        page.getByLabel("Tên đăng nhập, số điện thoại hoặc e-mail").fill("buyer");
        page.getByLabel("Mật khẩu").fill("sai-mat-khau");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .containsText("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(page.getByLabel("Tên đăng nhập, số điện thoại hoặc e-mail"))
                .hasAttribute("aria-describedby", "login-error");
    }

    @Test
    void aBuyerRegistersWithAPhoneNumber() {
        String phone = "08" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        page.navigate("/register");
        page.getByLabel("Số điện thoại hoặc e-mail").fill(phone);
        page.getByLabel("Họ và tên").fill("Phạm Thị Lan");
        page.getByLabel("Mật khẩu (ít nhất 8 ký tự)").fill("lan-mat-khau-1");
        page.getByLabel("Nhập lại mật khẩu").fill("lan-mat-khau-2");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("#passwordAgain-error")).hasText("Hai mật khẩu không giống nhau.");

        page.getByLabel("Mật khẩu (ít nhất 8 ký tự)").fill("lan-mat-khau-1");
        page.getByLabel("Nhập lại mật khẩu").fill("lan-mat-khau-1");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("Đã nhận đăng ký.");
        page.getByLabel("Tên đăng nhập, số điện thoại hoặc e-mail").fill(phone);
        page.getByLabel("Mật khẩu").fill("lan-mat-khau-1");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).click();
        assertThat(page.locator("main h1")).hasText("Xin chào, Phạm Thị Lan");
        screenshot("registered-buyer-360");
    }

    @Test
    void signInWorksWithoutJavaScript() {
        withoutJavaScript();
        signIn("nghean");
        assertThat(page.locator("main h1")).containsText("Xin chào");
        page.navigate("/admin/users");
        assertThat(page.locator("main h1")).hasText("Tài khoản người dùng");
    }
}
