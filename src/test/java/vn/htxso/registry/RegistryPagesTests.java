package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.WithDemoData;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class RegistryPagesTests {

    static final String NGHE_AN_ORG = "a0000000-0000-4000-8000-000000000001";
    static final String LAO_CAI_ORG = "a0000000-0000-4000-8000-000000000002";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo12345"))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    /** A fresh organisation of Nghệ An for a test to change. */
    UUID organisation(long charterCapital) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into organisations (id, registration_no, name, name_key, kind, province_code, "
                + "commune_name, sector, status, members, charter_capital_vnd, created_at, updated_at, version) "
                + "values (?, ?, 'HTX Thử', 'htx thu', 'HTX', '40', 'Xã Hạnh Lâm', 'AGRICULTURE', 'ACTIVE', 10, ?, "
                + "current_timestamp, current_timestamp, 0)", id, "P" + id.toString().substring(0, 12), charterCapital);
        return id;
    }

    @Test
    void everyPageRendersForTheNationalAdmin() throws Exception {
        MockHttpSession admin = signIn("admin");
        for (String path : new String[] {"/registry", "/registry?province=40&status=ACTIVE&q=che", "/registry/dashboard",
            "/registry/dashboard?province=40", "/registry/import", "/registry/not-reported?province=15",
            "/registry/targets", "/registry/organisations/new", "/registry/organisations/" + NGHE_AN_ORG,
            "/registry/organisations/" + NGHE_AN_ORG + "/edit", "/registry/organisations/" + NGHE_AN_ORG + "/members",
            "/registry/organisations/" + NGHE_AN_ORG + "/reports", "/registry/organisations/" + NGHE_AN_ORG + "/history"}) {
            mvc.perform(get(path).session(admin)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/registry/export.csv?province=15").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("HTX Quế Hồi Văn Yên")));
        mvc.perform(get("/registry/export.xlsx?province=15").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/registry/import/template.xlsx").session(admin)).andExpect(status().isOk());
        byte[] pdf = mvc.perform(get("/registry/report.pdf?province=15").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
    }

    @Test
    void theDemoFiguresReproduceTheSeeds() throws Exception {
        MockHttpSession admin = signIn("admin");
        // Only demo rows: generated numbers start with the province code and 9, plus the two fixed organisations.
        Map<String, Object> ngheAn = jdbc.queryForMap("select count(*) total, sum(case when status = 'ACTIVE' then 1 "
                + "else 0 end) active from organisations where registration_no like '409%' or id = ?",
                UUID.fromString(NGHE_AN_ORG));
        assertThat(((Number) ngheAn.get("total")).longValue()).isEqualTo(935);
        assertThat(((Number) ngheAn.get("active")).longValue()).isEqualTo(888);
        Map<String, Object> laoCai = jdbc.queryForMap("select count(*) total, sum(case when status = 'ACTIVE' then 1 "
                + "else 0 end) active, sum(members) members from organisations where registration_no like '159%' "
                + "or id = ?", UUID.fromString(LAO_CAI_ORG));
        assertThat(((Number) laoCai.get("total")).longValue()).isEqualTo(505);
        assertThat(((Number) laoCai.get("active")).longValue()).isEqualTo(380);
        assertThat(((Number) laoCai.get("members")).longValue()).isEqualTo(7678);
        long revenue = jdbc.queryForObject("select avg(r.revenue_vnd) from annual_reports r join organisations o on "
                + "o.id = r.organisation_id where r.report_year = 2025 and (o.registration_no like '409%' or o.id = ?)",
                Long.class, UUID.fromString(NGHE_AN_ORG));
        assertThat(revenue).isBetween(2_200_000_000L, 2_300_000_000L);
        long income = jdbc.queryForObject("select avg(r.avg_worker_income_vnd) from annual_reports r join organisations o "
                + "on o.id = r.organisation_id where r.report_year = 2025 and (o.registration_no like '159%' or o.id = ?)",
                Long.class, UUID.fromString(LAO_CAI_ORG));
        assertThat(income).isBetween(44_000_000L, 46_000_000L);
    }

    @Test
    void aProvinceAdminCannotReachAnotherProvince() throws Exception {
        MockHttpSession nghean = signIn("nghean");
        mvc.perform(get("/registry/organisations/" + LAO_CAI_ORG).session(nghean)).andExpect(status().isNotFound());
        mvc.perform(get("/registry/organisations/" + LAO_CAI_ORG + "/members").session(nghean))
                .andExpect(status().isNotFound());
        mvc.perform(get("/registry/organisations/" + LAO_CAI_ORG + "/edit").session(nghean))
                .andExpect(status().isNotFound());
        mvc.perform(post("/registry/organisations/" + LAO_CAI_ORG + "/dissolve").param("reason", "x")
                .param("version", "0").session(nghean).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/registry/organisations/" + UUID.randomUUID()).session(nghean)).andExpect(status().isNotFound());
        mvc.perform(get("/registry/organisations/not-a-uuid").session(nghean)).andExpect(status().isNotFound());
        mvc.perform(get("/registry/dashboard?province=15").session(nghean)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/report.pdf?province=15").session(nghean)).andExpect(status().isForbidden());
        mvc.perform(get("/registry?province=15").session(nghean)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("HTX Quế Hồi Văn Yên"))));
        String csv = mvc.perform(get("/registry/export.csv?province=15").session(nghean)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).doesNotContain("Lào Cai").doesNotContain(",15,");
        mvc.perform(get("/registry/organisations/" + NGHE_AN_ORG).session(nghean)).andExpect(status().isOk());
    }

    @Test
    void aCoopManagerSeesOnlyItsOwnOrganisation() throws Exception {
        MockHttpSession manager = signIn("htx-manager");
        mvc.perform(get("/registry").session(manager)).andExpect(redirectedUrl("/registry/organisations/" + NGHE_AN_ORG));
        mvc.perform(get("/registry/organisations/" + NGHE_AN_ORG).session(manager)).andExpect(status().isOk());
        mvc.perform(get("/registry/organisations/" + LAO_CAI_ORG).session(manager)).andExpect(status().isNotFound());
        mvc.perform(get("/registry/dashboard").session(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/import").session(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/export.csv").session(manager)).andExpect(status().isForbidden());
        UUID other = organisation(1_000_000_000L);
        mvc.perform(get("/registry/organisations/" + other).session(manager)).andExpect(status().isNotFound());
    }

    @Test
    void aConcurrentEditIsRefusedWithAClearMessage() throws Exception {
        UUID id = organisation(1_000_000_000L);
        MockHttpSession admin = signIn("admin");
        MockHttpSession nghean = signIn("nghean");
        Map<String, String> form = Map.of("name", "HTX Thử mới", "kind", "HTX", "communeName", "Xã Hạnh Lâm",
                "sector", "AGRICULTURE", "status", "ACTIVE", "members", "12", "registrationNo", "X", "provinceCode", "40");
        var first = post("/registry/organisations/" + id).session(admin).with(csrf()).param("version", "0");
        var second = post("/registry/organisations/" + id).session(nghean).with(csrf()).param("version", "0");
        form.forEach((k, v) -> {
            first.param(k, v);
            second.param(k, "name".equals(k) ? "HTX Thử của Nghệ An" : v);
        });
        mvc.perform(first).andExpect(status().is3xxRedirection());
        mvc.perform(second).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("vừa được người khác sửa")))
                .andExpect(content().string(Matchers.containsString("HTX Thử của Nghệ An")));
        assertThat(jdbc.queryForObject("select name from organisations where id = ?", String.class, id))
                .isEqualTo("HTX Thử mới");
        mvc.perform(get("/registry/organisations/" + id + "/history").session(admin))
                .andExpect(content().string(Matchers.containsString("HTX Thử mới")));
    }

    @Test
    void capitalCapsAreExplainedWhenRefused() throws Exception {
        UUID id = organisation(1_000_000_000L);
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/registry/organisations/" + id + "/members").session(admin).with(csrf())
                        .param("name", "Nguyễn Văn Góp").param("kind", "OFFICIAL").param("partyType", "PERSON")
                        .param("capitalPledgedVnd", "300000001").param("capitalPaidVnd", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("30%")))
                .andExpect(content().string(Matchers.containsString("300.000.000")));
        mvc.perform(post("/registry/organisations/" + id + "/members").session(admin).with(csrf())
                        .param("name", "Nguyễn Văn Góp").param("kind", "OFFICIAL").param("partyType", "PERSON")
                        .param("capitalPledgedVnd", "300000000").param("capitalPaidVnd", "100000000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/registry/organisations/" + id + "/members").session(admin).with(csrf())
                        .param("name", "John Foreign").param("kind", "OFFICIAL").param("partyType", "PERSON")
                        .param("foreignMember", "true").param("capitalPledgedVnd", "200000000").param("capitalPaidVnd", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/registry/organisations/" + id + "/members").session(admin).with(csrf())
                        .param("name", "Jane Foreign").param("kind", "OFFICIAL").param("partyType", "PERSON")
                        .param("foreignMember", "true").param("capitalPledgedVnd", "150000000").param("capitalPaidVnd", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("nước ngoài")));
        assertThat(jdbc.queryForObject("select count(*) from organisation_members where organisation_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void idNumbersAndPhonesAreMaskedUnlessTheViewerManagesTheCoop() throws Exception {
        String idNumber = jdbc.queryForObject("select id_number from organisation_members where organisation_id = ? "
                + "order by name, id limit 1", String.class, UUID.fromString(NGHE_AN_ORG));
        String masked = "•".repeat(idNumber.length() - 3) + idNumber.substring(idNumber.length() - 3);
        MockHttpSession nghean = signIn("nghean");
        mvc.perform(get("/registry/organisations/" + NGHE_AN_ORG + "/members").session(nghean))
                .andExpect(content().string(Matchers.not(Matchers.containsString(idNumber))))
                .andExpect(content().string(Matchers.containsString(masked)));
        mvc.perform(get("/registry/organisations/" + NGHE_AN_ORG + "/members.csv").session(nghean))
                .andExpect(content().string(Matchers.not(Matchers.containsString(idNumber))))
                .andExpect(content().string(Matchers.containsString(masked)));
        MockHttpSession manager = signIn("htx-manager");
        mvc.perform(get("/registry/organisations/" + NGHE_AN_ORG + "/members").session(manager))
                .andExpect(content().string(Matchers.containsString(idNumber)));
        mvc.perform(get("/registry/organisations/" + NGHE_AN_ORG + "/members.csv").session(manager))
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(content().string(Matchers.containsString(idNumber)));
    }
}
