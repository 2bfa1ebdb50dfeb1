package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.UserAccount;
import vn.htxso.platform.internal.UserAccounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * Sign-in tells a stranger nothing about which accounts exist or are locked, a stranger cannot keep an account locked
 * out of its owner, and a phone number is one account whether written 09… or +849….
 */
@DemoMvcTest
class SignInHardeningTests {

    private static final String PASSWORD = "dung-mat-khau-7";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private UserAccount newBuyer() {
        String name = "khoa-" + UUID.randomUUID().toString().substring(0, 8);
        return users.save(new UserAccount(name, "Thử khoá", passwords.encode(PASSWORD), EnumSet.of(Role.BUYER),
                Instant.now()));
    }

    private MvcResult formLogin(String user, String password, Cookie... cookies) throws Exception {
        var login = post("/login").with(csrf()).param("username", user).param("password", password);
        if (cookies.length > 0) {
            login.cookie(cookies);
        }
        return mvc.perform(login).andReturn();
    }

    private void lock(UserAccount account) throws Exception {
        for (int i = 0; i < 5; i++) {
            formLogin(account.username(), "sai-" + i);
        }
        assertThat(users.findById(account.id()).orElseThrow().lockedUntil()).isAfter(Instant.now());
    }

    @Test
    void unknownWrongLockedAndDisabledGetTheSameAnswer() throws Exception {
        UserAccount locked = newBuyer();
        lock(locked);
        UserAccount disabled = newBuyer();
        jdbc.sql("update users set enabled = false where id = ?").param(disabled.id()).update();
        UserAccount plain = newBuyer();

        String[][] attempts = {{"khong-co-ai-" + UUID.randomUUID(), PASSWORD}, {plain.username(), "sai-mat-khau"},
            {locked.username(), PASSWORD}, {disabled.username(), PASSWORD}};
        String apiDetail = null;
        for (String[] attempt : attempts) {
            assertThat(formLogin(attempt[0], attempt[1]).getResponse().getRedirectedUrl())
                    .as(attempt[0]).isEqualTo("/login?error=bad");
            String detail = mvc.perform(get("/api/v1/me").with(httpBasic(attempt[0], attempt[1])))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
            detail = detail.replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1");
            if (apiDetail == null) {
                apiDetail = detail;
            }
            assertThat(detail).as(attempt[0]).isEqualTo(apiDetail);
        }
    }

    @Test
    void aSingleGuessAfterTheLockExpiresDoesNotLockAgain() throws Exception {
        UserAccount account = newBuyer();
        lock(account);
        // the lock period has passed
        jdbc.sql("update users set locked_until = ? where id = ?")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param(account.id()).update();
        formLogin(account.username(), "mot-lan-doan");
        assertThat(formLogin(account.username(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theOwnersUsualBrowserSignsInWhileAStrangerKeepsTheAccountLocked() throws Exception {
        UserAccount account = newBuyer();
        MvcResult earlier = formLogin(account.username(), PASSWORD);
        assertThat(earlier.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie device = earlier.getResponse().getCookie("HTXSO_DEVICE");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        lock(account);
        // a stranger (no device cookie) is refused even with the right password
        assertThat(formLogin(account.username(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=bad");
        // the owner's browser, which signed in before, is not locked out
        assertThat(formLogin(account.username(), PASSWORD, device).getResponse().getRedirectedUrl()).isEqualTo("/");
        // a device cookie of another account does not help
        UserAccount other = newBuyer();
        lock(other);
        assertThat(formLogin(other.username(), PASSWORD, device).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=bad");
    }

    @Test
    void anAdminLiftsTheLock() throws Exception {
        UserAccount account = newBuyer();
        lock(account);
        mvc.perform(post("/admin/users/{id}/unlock", account.id()).with(DemoUsers.as(accounts, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(formLogin(account.username(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aPhoneNumberIsOneAccountWrittenEitherWay() throws Exception {
        String digits = String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
        mvc.perform(post("/register").with(csrf()).param("login", "+849" + digits).param("displayName", "Lê Văn Hải")
                        .param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.byUsername("09" + digits)).isPresent();
        assertThat(formLogin("09" + digits, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(formLogin("+849" + digits, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(formLogin("849 " + digits.substring(0, 4) + " " + digits.substring(4), PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        // registering the other spelling makes no second account
        mvc.perform(post("/register").with(csrf()).param("login", "09" + digits).param("displayName", "Người khác")
                .param("password", "mat-khau-khac-1").param("passwordAgain", "mat-khau-khac-1"));
        assertThat(jdbc.sql("select count(*) from users where username in (?, ?)")
                .param("09" + digits).param("+849" + digits).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void registrationAnswersTheSameForANewAndAnExistingLogin() throws Exception {
        String fresh = "moi-" + UUID.randomUUID().toString().substring(0, 8) + "@vidu.vn";
        MvcResult created = mvc.perform(post("/register").with(csrf()).param("login", fresh)
                        .param("displayName", "Người mới").param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andReturn();
        MvcResult existingAgain = mvc.perform(post("/register").with(csrf()).param("login", fresh)
                        .param("displayName", "Người mới").param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andReturn();
        for (MvcResult result : new MvcResult[] {existingAgain}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(created.getResponse().getStatus());
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(created.getResponse().getRedirectedUrl());
            assertThat(result.getFlashMap().get("flash")).isEqualTo(created.getFlashMap().get("flash"));
        }
    }

    @Test
    void overlongLoginsAndPasswordsAreRefusedWithAMessage() throws Exception {
        String longEmail = "a".repeat(60) + "@" + "b".repeat(60) + ".vn";
        String longPassword = "mật khẩu rất dài ".repeat(4);
        mvc.perform(post("/register").with(csrf()).param("login", longEmail).param("displayName", "Dài")
                        .param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/register").with(csrf()).param("login", "dai-" + UUID.randomUUID().toString().substring(0, 6)
                        + "@vidu.vn").param("displayName", "Dài")
                        .param("password", longPassword).param("passwordAgain", longPassword))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/users").with(DemoUsers.as(accounts, "admin")).with(csrf())
                        .param("username", "dai-" + UUID.randomUUID().toString().substring(0, 6))
                        .param("displayName", "Dài").param("password", longPassword).param("role", "BUYER"))
                .andExpect(status().isUnprocessableContent());
        assertThat(formLogin("buyer", longPassword).getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
    }
}
