package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Anomaly flags: the demo's implausible Nghệ An reports are flagged; scope by province; marking a flag checked. */
@DemoMvcTest
class AnomaliesApiTests {

    static final String FEW_MEMBERS = "a8000000-0000-4000-8000-000000000001";
    static final String TEN_TIMES = "a8000000-0000-4000-8000-000000000002";
    static final String WORKERS = "a8000000-0000-4000-8000-000000000003";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theProvinceAdminSeesItsImplausibleReportsWithRuleFiguresAndThreshold() throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/anomalies?province=40&size=100")
                        .with(httpBasic("nghean", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andReturn().getResponse().getContentAsString();
        String all = all("nghean", "40");
        assertThat(all).contains("\"organisationId\":\"" + FEW_MEMBERS + "\",\"registrationNo\":\"4080000901\",\"rule\":\"MEMBERS_BELOW_MINIMUM\"")
                .contains("\"organisationId\":\"" + TEN_TIMES + "\",\"registrationNo\":\"4080000902\",\"rule\":\"REVENUE_JUMP\"")
                .contains("\"organisationId\":\"" + WORKERS + "\",\"registrationNo\":\"4080000903\",\"rule\":\"MEMBER_WORKERS_ABOVE_MEMBERS\"")
                .contains("dưới mức tối thiểu 5");
        assertThat(body).contains("\"items\"");
    }

    @Test
    void aProvinceAdminSeesNoOtherProvince() throws Exception {
        mvc.perform(get("/api/v1/statistics/anomalies?province=40").with(httpBasic("laocai", "demo12345")))
                .andExpect(status().isForbidden());
        assertThat(all("laocai", "")).doesNotContain(FEW_MEMBERS).doesNotContain("\"registrationNo\":\"40");
        mvc.perform(get("/api/v1/statistics/anomalies").with(httpBasic("seller", "demo12345")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/anomalies?province=40&size=500").with(httpBasic("admin", "demo12345")))
                .andExpect(status().isOk());
    }

    @Test
    void anOfficerMarksAFlagCheckedCorrectAndItIsAudited() throws Exception {
        long audits = jdbc.sql("select count(*) from audit_events where action = 'insights.flag.checked' and subject_id = ?")
                .param(WORKERS).query(Long.class).single();
        String year = jdbc.sql("select max(report_year) from annual_reports where organisation_id = ?")
                .param(java.util.UUID.fromString(WORKERS)).query(Integer.class).single().toString();
        mvc.perform(post("/insights/anomalies/checked").with(DemoUsers.as(accounts, "laocai")).with(csrf())
                        .param("organisationId", WORKERS).param("year", year)
                        .param("rule", "MEMBER_WORKERS_ABOVE_MEMBERS").param("province", "40"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/insights/anomalies/checked").with(DemoUsers.as(accounts, "nghean")).with(csrf())
                        .param("organisationId", WORKERS).param("year", year)
                        .param("rule", "MEMBER_WORKERS_ABOVE_MEMBERS").param("province", "40"))
                .andExpect(status().is3xxRedirection());
        assertThat(all("nghean", "40")).contains("\"rule\":\"MEMBER_WORKERS_ABOVE_MEMBERS\",\"message\"")
                .containsPattern("\"registrationNo\":\"4080000903\",\"rule\":\"MEMBER_WORKERS_ABOVE_MEMBERS\",\"message\":\"[^\"]*\","
                        + "\"values\":\\{[^}]*},\"threshold\":[^,]*,\"year\":\\d+,\"reviewed\":true");
        long after = jdbc.sql("select count(*) from audit_events where action = 'insights.flag.checked' and subject_id = ?")
                .param(WORKERS).query(Long.class).single();
        assertThat(after).isEqualTo(audits + 1);
        mvc.perform(post("/insights/anomalies/checked").with(DemoUsers.as(accounts, "nghean")).with(csrf())
                        .param("organisationId", WORKERS).param("year", "20x5").param("rule", "").param("province", "40"))
                .andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/insights/anomalies?province=40").with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("HTX Mây tre đan Thanh Đồng").contains("Đã kiểm tra, số liệu đúng");
    }

    /** Every page of the list, concatenated. */
    private String all(String user, String province) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 0; page < 200; page++) {
            String body = mvc.perform(get("/api/v1/statistics/anomalies?size=100&province=" + province + "&page=" + page)
                            .with(httpBasic(user, "demo12345")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (body.contains("\"items\":[]")) {
                break;
            }
            all.append(body);
        }
        return all.toString();
    }
}
