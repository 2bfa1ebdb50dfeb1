package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.QrImages;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnFormat;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * The pages of the ledger, the distribution (preview, then confirm), the charter, members' requests and refunds, the
 * door QR: they work without JavaScript, refuse bad input on the page (422, nothing stored), and keep to the scope.
 */
@DemoMvcTest
class GovernanceRecordsPagesTests {

    static final String CHE = "a0000000-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Convening convening;
    @Autowired
    Voting voting;

    final LocalDate today = LocalDate.now(VnFormat.ZONE);

    @Test
    void theManagerEntersATransactionOnThePageAndBadInputStaysThereWith422() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 1);
        String page = "/governance/cooperatives/" + coop.id() + "/transactions";
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("occurredOn", today.toString()).param("direction", "REVENUE")
                        .param("memberId", coop.associates().get(0).toString()).param("amountVnd", "500000")
                        .param("description", "Bán phân bón"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("thành viên chính thức")));
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("occurredOn", today.toString()).param("direction", "REVENUE")
                        .param("amountVnd", "-5").param("description", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nhập diễn giải")));
        assertThat(count("governance_transactions", coop.id())).isZero();
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("occurredOn", today.toString()).param("direction", "REVENUE")
                        .param("memberId", coop.officials().get(0).toString()).param("amountVnd", "500000")
                        .param("description", "Bán phân bón cho thành viên"))
                .andExpect(redirectedUrl(page + "?year=" + today.getYear()));
        mvc.perform(get(page).with(DemoUsers.as(coop.member(0))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bán phân bón cho thành viên")))
                .andExpect(content().string(containsString("100.0 %")))
                .andExpect(content().string(not(containsString("Ghi giao dịch</button>"))));
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        mvc.perform(get(page).with(DemoUsers.as(other.manager()))).andExpect(status().isNotFound());
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.member(0)))
                        .param("occurredOn", today.toString()).param("direction", "REVENUE")
                        .param("amountVnd", "1").param("description", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDistributionIsPreviewedThenConfirmed() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 0);
        String page = "/governance/cooperatives/" + coop.id() + "/distribution";
        int year = today.getYear() - 1;
        mvc.perform(post(page + "/preview").with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("year", String.valueOf(year)).param("distributableIncomeVnd", "-1"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(page + "/preview").with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("year", String.valueOf(today.getYear())).param("distributableIncomeVnd", "1000"))
                .andExpect(status().isUnprocessableContent());
        // 100,000,000: 20 % indivisible, 10 % other funds, 70,000,000 to the members (by capital: no use of services)
        mvc.perform(post(page + "/preview").with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("year", String.valueOf(year)).param("distributableIncomeVnd", "100000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xác nhận phân phối")))
                .andExpect(content().string(containsString("70.000.000")));
        assertThat(count("governance_distributions", coop.id())).isZero();
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("year", String.valueOf(year)).param("distributableIncomeVnd", "100000000"))
                .andExpect(redirectedUrl(page));
        assertThat(count("governance_distributions", coop.id())).isEqualTo(1);
        // the same year twice: a conflict of the whole form, on the page
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("year", String.valueOf(year)).param("distributableIncomeVnd", "100000000"))
                .andExpect(status().isConflict());
        mvc.perform(get(page).with(DemoUsers.as(coop.member(0)))).andExpect(status().isForbidden());
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        mvc.perform(get(page).with(DemoUsers.as(other.manager()))).andExpect(status().isNotFound());
    }

    @Test
    void aCharterVersionIsAdoptedOnThePageAndOnTheApi() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 0);
        LocalDate held = today.minusDays(5);
        Assembly assembly = convening.convene(coop.manager(), coop.id(), new Convening.NewAssembly(
                AssemblyKind.EXTRAORDINARY, AssemblyForm.FULL, MeetingMode.IN_PERSON, null, held, held, null, null));
        Resolution first = voting.record(coop.manager(), assembly.id(), new Voting.RecordedResolution("Sửa Điều lệ 1",
                ResolutionCategory.SPECIAL, ResolutionSubject.CHARTER, 3, 3, 0, 0));
        Resolution second = voting.record(coop.manager(), assembly.id(), new Voting.RecordedResolution("Sửa Điều lệ 2",
                ResolutionCategory.SPECIAL, ResolutionSubject.CHARTER, 3, 3, 0, 0));
        convening.signMinutes(coop.manager(), assembly.id(), "Chủ tọa", "Thư ký", null);
        String page = "/governance/cooperatives/" + coop.id() + "/charter";
        mvc.perform(get(page).with(DemoUsers.as(coop.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sửa Điều lệ 1")));
        // a threshold above one: on the page, nothing stored
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("resolutionId", first.id().toString()).param("effectiveOn", today.toString())
                        .param("model", "FULL").param("quorumNumerator", "3").param("quorumDenominator", "2")
                        .param("ordinaryNumerator", "1").param("ordinaryDenominator", "2").param("ordinaryStrict", "true")
                        .param("specialNumerator", "2").param("specialDenominator", "3")
                        .param("indivisibleFundPercent", "20").param("otherFundsPercent", "10")
                        .param("capitalSharePercent", "20").param("boardSize", "5").param("boardTermYears", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("tử số không lớn hơn mẫu số")));
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("resolutionId", first.id().toString()).param("effectiveOn", today.toString())
                        .param("model", "FULL").param("quorumNumerator", "3").param("quorumDenominator", "5")
                        .param("quorumStrict", "true")
                        .param("ordinaryNumerator", "1").param("ordinaryDenominator", "2").param("ordinaryStrict", "true")
                        .param("specialNumerator", "3").param("specialDenominator", "4")
                        .param("indivisibleFundPercent", "25").param("otherFundsPercent", "10")
                        .param("capitalSharePercent", "20").param("boardSize", "5").param("boardTermYears", "5"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get("/api/v1/cooperatives/" + coop.id() + "/governance").with(DemoUsers.as(coop.manager())))
                .andExpect(jsonPath("$.thresholds.quorumPercent").value(60))
                .andExpect(jsonPath("$.thresholds.specialPercent").value(75));
        String body = """
                {"resolutionId":"%s","effectiveOn":"%s","model":"FULL",
                 "quorum":{"numerator":1,"denominator":2,"strict":true},
                 "ordinary":{"numerator":1,"denominator":2,"strict":true},
                 "special":{"numerator":2,"denominator":3},
                 "indivisibleFundPercent":20,"otherFundsPercent":10,"capitalSharePercent":20,
                 "boardSize":5,"boardTermYears":5}""";
        mvc.perform(post("/api/v1/cooperatives/" + coop.id() + "/charters").with(DemoUsers.as(coop.manager()))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(first.id(), today.plusDays(1))))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/cooperatives/" + coop.id() + "/charters").with(DemoUsers.as(coop.manager()))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(second.id(), today.plusDays(1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.adoptedBy").value(second.id().toString()));
        mvc.perform(get("/api/v1/cooperatives/" + coop.id() + "/charters").with(DemoUsers.as(coop.member(0))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(post("/api/v1/cooperatives/" + coop.id() + "/charters").with(DemoUsers.as(coop.member(0)))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(second.id(), today)))
                .andExpect(status().isForbidden());
    }

    @Test
    void membersFileRequestsOnThePageAndTheConvenorDecides() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 6, 0);
        CurrentUser member = coop.member(0);
        GovernanceFixtures.link(jdbc, member, coop.id(), coop.officials().get(0));
        Assembly assembly = convening.convene(coop.manager(), coop.id(), new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.BOTH, null, today.plusDays(9), null, null, "1. Báo cáo"));
        String page = "/governance/cooperatives/" + coop.id() + "/requests";
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(member)).param("kind", "AGENDA")
                        .param("receivedOn", today.toString()).param("signatures", "2").param("text", "Thêm mục"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chọn đại hội cần sửa chương trình")));
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(member)).param("kind", "AGENDA")
                        .param("assemblyId", assembly.id().toString())
                        .param("receivedOn", today.toString()).param("signatures", "9").param("text", "Thêm mục"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("từ 1 đến số thành viên chính thức (6)")));
        mvc.perform(post(page).with(csrf()).with(DemoUsers.as(member)).param("kind", "AGENDA")
                        .param("assemblyId", assembly.id().toString())
                        .param("receivedOn", today.toString()).param("signatures", "2").param("text", "2. Kế hoạch mới"))
                .andExpect(redirectedUrl(page));
        UUID request = jdbc.sql("select id from governance_assembly_requests where organisation_id = ?")
                .param(coop.id()).query(UUID.class).single();
        mvc.perform(get(page).with(DemoUsers.as(coop.manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Chờ người triệu tập quyết định")));
        mvc.perform(post(page + "/" + request + "/decision").with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("accept", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chọn lý do từ chối theo Luật")));
        mvc.perform(post(page + "/" + request + "/decision").with(csrf()).with(DemoUsers.as(member))
                        .param("accept", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + request + "/decision").with(csrf()).with(DemoUsers.as(coop.manager()))
                        .param("accept", "true"))
                .andExpect(redirectedUrl(page));
        assertThat(convening.get(coop.manager(), assembly.id()).agenda()).endsWith("2. Kế hoạch mới");
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        mvc.perform(get(page).with(DemoUsers.as(other.manager()))).andExpect(status().isNotFound());
    }

    @Test
    void theDoorQrOpensTheCheckInPageAndCheckingInWorks() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 0);
        Assembly assembly = convening.convene(coop.manager(), coop.id(), new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, null, today, null, null, null));
        String base = "/governance/assemblies/" + assembly.id();
        mvc.perform(get(base).with(DemoUsers.as(coop.manager())))
                .andExpect(content().string(containsString(base + "/check-in.png")));
        byte[] png = mvc.perform(get(base + "/check-in.png").with(DemoUsers.as(coop.manager())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();
        String url = QrImages.text(png);
        assertThat(url).endsWith(base + "/check-in?code=" + assembly.checkInCode());
        // members cannot fetch the code; another co-op's manager does not see the assembly
        CurrentUser member = coop.member(1);
        GovernanceFixtures.link(jdbc, member, coop.id(), coop.officials().get(1));
        mvc.perform(get(base + "/check-in.png").with(DemoUsers.as(member))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/check-in.png").with(DemoUsers.as(GovernanceFixtures.coop(jdbc, 3, 0).manager())))
                .andExpect(status().isNotFound());
        // the scanned address opens the page with the code filled in; one tap checks in
        String path = url.substring(url.indexOf("/governance/"));
        mvc.perform(get(path).with(DemoUsers.as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + assembly.checkInCode() + "\"")));
        mvc.perform(post(base + "/check-in").with(csrf()).with(DemoUsers.as(member))
                        .param("code", assembly.checkInCode()))
                .andExpect(redirectedUrl(base));
        assertThat(convening.attendance(coop.manager(), assembly.id()).officialPresent()).isEqualTo(1);
        mvc.perform(post(base + "/check-in").with(csrf()).with(DemoUsers.as(member)).param("code", "ZZZZZZ"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theDemoCoopsNewPagesAnswerForTheManagerAndTheAllianceOnly() throws Exception {
        for (String p : new String[] {"transactions", "distribution", "charter", "requests", "refunds"}) {
            mvc.perform(get("/governance/cooperatives/" + CHE + "/" + p).with(DemoUsers.as(accounts, "htx-manager")))
                    .andExpect(status().isOk());
            mvc.perform(get("/governance/cooperatives/" + CHE + "/" + p).with(DemoUsers.as(accounts, "laocai")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/governance/cooperatives/" + CHE + "/transactions").with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk());
        mvc.perform(get("/governance/cooperatives/" + CHE + "/refunds").with(DemoUsers.as(accounts, "buyer")))
                .andExpect(status().isForbidden());
    }

    private int count(String table, UUID organisationId) {
        return jdbc.sql("select count(*) from " + table + " where organisation_id = ?").param(organisationId)
                .query(Integer.class).single();
    }
}
