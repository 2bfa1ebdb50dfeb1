package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.UserAccount;
import vn.htxso.platform.internal.UserAccounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * A signed-in session ends on its next request once an admin disables the account or changes its roles or scope:
 * the session's security stamp no longer matches the account's in the database (so every node sees it).
 */
@DemoMvcTest
class SessionRevocationTests {

    private static final String PASSWORD = "mat-khau-phien-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate transactions;

    private UserAccount newSeller() {
        String name = "phien-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(name, "Phiên thử", passwords.encode(PASSWORD),
                EnumSet.of(Role.MEMBER_SELLER), Instant.now());
        account.bindTo("40", UUID.fromString("a0000000-0000-4000-8000-000000000001"), null);
        return users.save(account);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        return session;
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionOnTheNextRequest() throws Exception {
        UserAccount seller = newSeller();
        MockHttpSession session = signIn(seller.username());
        mvc.perform(post("/admin/users/{id}/enabled", seller.id()).with(DemoUsers.as(accounts, "nghean")).with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/profile").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aChangeOfScopeEndsTheSessionWhileAnUnrelatedChangeDoesNot() throws Exception {
        UserAccount seller = newSeller();
        MockHttpSession session = signIn(seller.username());
        // choosing a language is not a security change: the session goes on
        transactions.executeWithoutResult(s -> users.findById(seller.id()).orElseThrow().preferLocale("en"));
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        // a move to another co-op is
        transactions.executeWithoutResult(s -> users.findById(seller.id()).orElseThrow()
                .bindTo("15", UUID.fromString("a0000000-0000-4000-8000-000000000002"), null));
        mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aChangeOfRolesEndsTheSession() throws Exception {
        UserAccount seller = newSeller();
        MockHttpSession session = signIn(seller.username());
        transactions.executeWithoutResult(s -> users.findById(seller.id()).orElseThrow()
                .grantRoles(EnumSet.of(Role.BUYER)));
        mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
    }
}
