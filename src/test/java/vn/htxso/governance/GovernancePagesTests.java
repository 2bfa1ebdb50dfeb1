package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The governance pages: who sees what, forms that refuse bad input on the page, the PDF and the .xlsx. */
@DemoMvcTest
class GovernancePagesTests {

    static final String CHE = "a0000000-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Convening convening;

    @Test
    void eachRoleLandsOnItsView() throws Exception {
        mvc.perform(get("/governance").with(DemoUsers.as(accounts, "htx-manager")))
                .andExpect(redirectedUrl("/governance/cooperatives/" + CHE));
        mvc.perform(get("/governance").with(DemoUsers.as(accounts, "nghean")))
                .andExpect(redirectedUrl("/governance/provinces/40"));
        mvc.perform(get("/governance").with(DemoUsers.as(accounts, "admin")))
                .andExpect(redirectedUrl("/governance/national"));
        mvc.perform(get("/governance").with(DemoUsers.as(accounts, "buyer"))).andExpect(status().isForbidden());
    }

    @Test
    void theCoopPageForItsManagerMembersAndAlliance() throws Exception {
        mvc.perform(get("/governance/cooperatives/" + CHE).with(DemoUsers.as(accounts, "htx-manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTX Chè Thanh Chương")))
                .andExpect(content().string(containsString("Triệu tập đại hội")))
                .andExpect(content().string(containsString("Chủ tịch Hội đồng quản trị")));
        mvc.perform(get("/governance/cooperatives/" + CHE).with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Triệu tập đại hội"))));
        mvc.perform(get("/governance/cooperatives/" + CHE).with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk());
        mvc.perform(get("/governance/cooperatives/" + CHE).with(DemoUsers.as(accounts, "laocai")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/governance/provinces/40").with(DemoUsers.as(accounts, "laocai")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadConveningFormStaysOnThePageWith422() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 5, 0);
        mvc.perform(post("/governance/cooperatives/" + coop.id() + "/assemblies").with(csrf())
                        .with(DemoUsers.as(coop.manager()))
                        .param("kind", "ANNUAL").param("form", "DELEGATES").param("mode", "BOTH")
                        .param("scheduledOn", LocalDate.now(vn.htxso.platform.VnFormat.ZONE).plusDays(5).toString()).param("delegates", "3"))
                .andExpect(status().isUnprocessableContent()) // a refusal tied to the "form" field (FormSubmission)
                .andExpect(content().string(containsString("từ 50 thành viên chính thức")));
        mvc.perform(post("/governance/cooperatives/" + coop.id() + "/assemblies").with(csrf())
                        .with(DemoUsers.as(coop.manager()))
                        .param("kind", "ANNUAL").param("form", "FULL").param("scheduledOn", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nhập ngày họp đại hội")));
        assertThat(jdbc.sql("select count(*) from governance_assemblies where organisation_id = ?").param(coop.id())
                .query(Integer.class).single()).isZero();
        mvc.perform(post("/governance/cooperatives/" + coop.id() + "/assemblies").with(csrf())
                        .with(DemoUsers.as(coop.manager()))
                        .param("kind", "ANNUAL").param("form", "FULL").param("mode", "BOTH")
                        .param("scheduledOn", LocalDate.now(vn.htxso.platform.VnFormat.ZONE).plusDays(5).toString()).param("agenda", "1. Báo cáo"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theMinutesPdfAndTheProvinceSheet() throws Exception {
        Assembly signed = jdbc.sql("select id from governance_assemblies where organisation_id = ? and minutes_signed_at is not null")
                .param(java.util.UUID.fromString(CHE)).query(java.util.UUID.class).list().stream().findFirst()
                .map(id -> convening.get(accounts.byUsername("htx-manager").orElseThrow().toCurrentUser(), id))
                .orElseThrow();
        byte[] pdf = mvc.perform(get("/governance/assemblies/" + signed.id() + "/minutes.pdf")
                        .with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] xlsx = mvc.perform(get("/governance/provinces/15.xlsx").with(DemoUsers.as(accounts, "laocai")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            boolean overdue = false;
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                overdue |= row.getCell(0).getStringCellValue().equals("HTX Quế Hồi Văn Yên")
                        && row.getCell(3).getStringCellValue().equals("ANNUAL_ASSEMBLY_OVERDUE");
            }
            assertThat(overdue).isTrue();
        }
        mvc.perform(get("/governance/provinces/15.xlsx").with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/governance/national").with(DemoUsers.as(accounts, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lào Cai")));
    }
}
