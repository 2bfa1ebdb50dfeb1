package vn.htxso.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.internal.UserAccount;
import vn.htxso.platform.internal.UserAccounts;
import vn.htxso.support.DemoMvcTest;

/** Sign-in throttling: accounts lock after repeated failures; a shared address never locks an honest account. */
@DemoMvcTest
class LoginThrottleTests {

    private static final String PASSWORD = "dung-mat-khau";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwords;

    private String newAccount() {
        String name = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new UserAccount(name, "Thử khoá", passwords.encode(PASSWORD), EnumSet.of(Role.BUYER),
                java.time.Instant.now()));
        return name;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void anAccountLocksAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        String name = newAccount();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(name, "sai-" + i))).andExpect(status().isUnauthorized());
        }
        // a success before the limit resets the count
        mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(name, "sai-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("tạm khoá")));
        // the page gives the same answer as for a wrong password (a stranger learns nothing of the lock)
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(name).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aBusyAddressIsSlowedOnlyForAccountsThatFailed() throws Exception {
        String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        String honest = newAccount();
        String guessed = newAccount();
        mvc.perform(get("/api/v1/me").with(httpBasic(guessed, "sai")).with(from(address)))
                .andExpect(status().isUnauthorized());
        // 99 more failures from the same address (unknown names: a guessing script)
        for (int i = 0; i < 99; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + i, "x")).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        // the honest account, which never failed, still signs in from that address
        mvc.perform(get("/api/v1/me").with(httpBasic(honest, PASSWORD)).with(from(address)))
                .andExpect(status().isOk());
        // the account that failed there is refused from it, even with its right password
        mvc.perform(get("/api/v1/me").with(httpBasic(guessed, PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized());
        // ... but not from elsewhere: its own count (1) is far below the account limit
        mvc.perform(get("/api/v1/me").with(httpBasic(guessed, PASSWORD)).with(from("10.88.0.1")))
                .andExpect(status().isOk());
    }
}
