package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/** The official commune list is imported by a national admin, all or nothing; the language choice is remembered. */
@DemoMvcTest
class CommunesImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AdminUnits adminUnits;

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "xa.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidFileWithVietnameseHeadersImportsEveryCommune() throws Exception {
        String file = "\uFEFFMã xã,Tên,Mã tỉnh\n99101,Xã Thử Nghiệm Một,40\n99102,Phường Thử Nghiệm Hai,15\n";
        mvc.perform(multipart("/admin/communes/import").file(csv(file)).with(csrf())
                        .with(AdminScopeTests.as(accounts, "admin")))
                .andExpect(redirectedUrl("/admin/communes"));
        assertThat(adminUnits.findCommune("40", "xa thu nghiem mot")).get()
                .extracting(Commune::code).isEqualTo("99101");
        assertThat(adminUnits.findCommune("15", "99102")).get()
                .extracting(Commune::name).isEqualTo("Phường Thử Nghiệm Hai");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
        String file = "code,name,province_code\n99201,Xã Tốt,40\n99202,Xã Sai Tỉnh,99\nabc,Xã Sai Mã,40\n";
        mvc.perform(multipart("/admin/communes/import").file(csv(file)).with(csrf())
                        .with(AdminScopeTests.as(accounts, "admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mã tỉnh không có trong danh sách 34 tỉnh")))
                .andExpect(content().string(containsString("Mã xã phải là số.")));
        assertThat(adminUnits.findCommune("40", "99201")).isEmpty();
    }

    @Test
    void onlyTheNationalAllianceImportsCommunes() throws Exception {
        mvc.perform(multipart("/admin/communes/import").file(csv("code,name,province_code\n99301,Xã X,40\n"))
                        .with(csrf()).with(AdminScopeTests.as(accounts, "nghean")))
                .andExpect(status().isForbidden());
        assertThat(adminUnits.findCommune("40", "99301")).isEmpty();
    }

    @Test
    void aSignedInUsersLanguageIsRememberedOnTheProfile() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(AdminScopeTests.as(accounts, "laocai")))
                .andExpect(status().isOk());
        assertThat(accounts.byUsername("laocai").orElseThrow().locale()).isEqualTo("en");
        // a fresh sign-in elsewhere (no cookie) comes back in English
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("laocai").password("demo12345"))
                .andExpect(cookie().value("htxso-lang", "en"));
        mvc.perform(get("/").param("lang", "vi").with(AdminScopeTests.as(accounts, "laocai")));
        assertThat(accounts.byUsername("laocai").orElseThrow().locale()).isEqualTo("vi");
    }
}
