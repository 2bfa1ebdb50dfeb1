package vn.htxso.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/** The platform's pages: Vietnamese first, sign-in and sign-up, CSRF, friendly errors, admins within scope. */
@DemoMvcTest
class PagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void staticFilesAreLinkedWithTheirContentVersionAndOtherLinksAsWritten() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*href=\"/css/app-[0-9a-f]{32}\\.css\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*src=\"/js/app-[0-9a-f]{32}\\.js\".*")))
                .andExpect(content().string(containsString("action=\"/login\"")));
    }

    @Test
    void homeIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"vi\"")))
                .andExpect(content().string(containsString("Nền tảng số của phong trào hợp tác xã Việt Nam")));
        var english = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("The digital platform of Vietnam")))
                .andReturn().getResponse();
        Cookie remembered = english.getCookie("htxso-lang");
        mvc.perform(get("/").cookie(remembered))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void signInWithTheFormAndAFailureSaysWhy() throws Exception {
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("buyer").password("demo12345"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("buyer").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
        mvc.perform(get("/login").param("error", "<script>"))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void aBuyerRegistersThenSignsIn() throws Exception {
        String phone = "09" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        mvc.perform(post("/register").with(csrf())
                        .param("login", phone).param("displayName", "Hoàng Văn Nam")
                        .param("password", "mat-khau-123").param("passwordAgain", "mat-khau-123"))
                .andExpect(redirectedUrl("/login"));
        var signedIn = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(phone)
                        .password("mat-khau-123"))
                .andExpect(redirectedUrl("/")).andReturn();
        var registered = signedIn.getResponse();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        // the session is in memory (MockHttpSession) or, under the postgres profile, in the database (cookie)
        var next = get("/profile").session(session);
        if (registered.getCookies().length > 0) {
            next.cookie(registered.getCookies());
        }
        mvc.perform(next)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(phone)))
                .andExpect(content().string(containsString("Người mua")));
        // the same phone again gets the same answer (a stranger learns nothing) and changes nothing
        mvc.perform(post("/register").with(csrf())
                        .param("login", phone).param("displayName", "Người khác")
                        .param("password", "mat-khau-456").param("passwordAgain", "mat-khau-456"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(phone).password("mat-khau-456"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void anInvalidRegistrationShowsTheFormAgainWithMessages() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("login", "12345").param("displayName", "")
                        .param("password", "short").param("passwordAgain", "other"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Số điện thoại (10 số")))
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên.")))
                .andExpect(content().string(containsString("Mật khẩu cần từ 8 đến 100 ký tự.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/register").param("login", "0912000111"))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownPagesGetAFriendlyVietnamesePageWithoutATrace() throws Exception {
        mvc.perform(get("/no-such-page").with(user("buyer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang hoặc dữ liệu bạn cần.")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Hệ thống đang gặp sự cố")))
                .andExpect(content().string(not(containsString("secret detail"))));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }
}
