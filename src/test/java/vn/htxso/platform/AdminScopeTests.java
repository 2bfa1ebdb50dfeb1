package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.UserAccount;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Admins manage accounts and read the audit log only within their scope. */
@DemoMvcTest
class AdminScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    static RequestPostProcessor as(Accounts accounts, String username) {
        return DemoUsers.as(accounts, username);
    }

    @Test
    void aProvinceAdminSeesOnlyItsProvincesAccounts() throws Exception {
        mvc.perform(get("/admin/users").with(as(accounts, "nghean")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("htx-manager")))
                .andExpect(content().string(not(containsString(">laocai<"))))
                .andExpect(content().string(not(containsString(">admin<"))));
        mvc.perform(get("/admin/users").with(as(accounts, "admin")))
                .andExpect(content().string(containsString(">laocai<")));
    }

    @Test
    void aBuyerCannotOpenAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(as(accounts, "buyer"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as(accounts, "htx-manager"))).andExpect(status().isForbidden());
    }

    @Test
    void aProvinceAdminCannotCreateANationalAdminNorAnAccountInAnotherProvince() throws Exception {
        String name = "tester-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(as(accounts, "nghean")).with(csrf())
                        .param("username", name).param("displayName", "Thử").param("password", "mat-khau-123")
                        .param("role", "NATIONAL_ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(as(accounts, "nghean")).with(csrf())
                        .param("username", name).param("displayName", "Thử").param("password", "mat-khau-123")
                        .param("role", "PROVINCE_ADMIN").param("provinceCode", "15"))
                .andExpect(status().isForbidden());
        // a co-op of Lào Cai cannot get a manager from Nghệ An's admin
        mvc.perform(post("/admin/users").with(as(accounts, "nghean")).with(csrf())
                        .param("username", name).param("displayName", "Thử").param("password", "mat-khau-123")
                        .param("role", "COOP_MANAGER").param("organisationId", "a0000000-0000-4000-8000-000000000002"))
                .andExpect(status().isForbidden());
        assertThat(accounts.byUsername(name)).isEmpty();
    }

    @Test
    void aProvinceAdminCreatesAManagerForItsCoopAndCanDisableIt() throws Exception {
        String name = "quanly-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(as(accounts, "nghean")).with(csrf())
                        .param("username", name).param("displayName", "Quản lý mới").param("password", "mat-khau-123")
                        .param("role", "COOP_MANAGER").param("organisationId", "a0000000-0000-4000-8000-000000000001"))
                .andExpect(redirectedUrl("/admin/users"));
        UserAccount created = accounts.byUsername(name).orElseThrow();
        assertThat(created.provinceCode()).isEqualTo("40");
        assertThat(created.roles()).containsExactly(Role.COOP_MANAGER);

        mvc.perform(post("/admin/users/{id}/enabled", created.id()).with(as(accounts, "laocai")).with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isNotFound());
        assertThat(accounts.byId(created.id()).enabled()).isTrue();
        mvc.perform(post("/admin/users/{id}/enabled", created.id()).with(as(accounts, "nghean")).with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.byId(created.id()).enabled()).isFalse();
    }

    @Test
    void anInvalidAccountFormComesBackWith422() throws Exception {
        mvc.perform(post("/admin/users").with(as(accounts, "admin")).with(csrf())
                        .param("username", "A B").param("displayName", "").param("password", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vui lòng chọn vai trò.")))
                .andExpect(content().string(containsString("Tên đăng nhập gồm 3–64 ký tự")));
    }

    @Test
    void theAuditLogRecordsAccountChangesAndShowsThemWithinScope() throws Exception {
        String name = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(as(accounts, "laocai")).with(csrf())
                        .param("username", name).param("displayName", "Kiểm tra").param("password", "mat-khau-123")
                        .param("role", "PROVINCE_ADMIN").param("provinceCode", "15"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/admin/audit").param("action", "user.created").with(as(accounts, "laocai")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/admin/audit").param("action", "user.created").with(as(accounts, "nghean")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/admin/audit").param("actor", "laocai").with(as(accounts, "admin")))
                .andExpect(content().string(containsString(name)));
    }
}
