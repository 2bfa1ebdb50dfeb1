package vn.htxso.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** API.md's governance endpoints: shapes, the law's thresholds, bad input (nothing stored) and scope. */
@DemoMvcTest
class GovernanceApiTests {

    static final String CHE = "a0000000-0000-4000-8000-000000000001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    ObjectMapper json;

    @Test
    void theDemoCoopsSummaryHasTheContractsFields() throws Exception {
        mvc.perform(get("/api/v1/cooperatives/" + CHE + "/governance").with(DemoUsers.as(accounts, "htx-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model").value("FULL"))
                .andExpect(jsonPath("$.officialMembers").value(greaterThan(0)))
                .andExpect(jsonPath("$.associateMembers").isNumber())
                .andExpect(jsonPath("$.charterCapitalVnd").value(1_500_000_000L))
                .andExpect(jsonPath("$.lastAnnualAssemblyOn").isString()) // last year's, or today's once the browser journey signed it
                .andExpect(jsonPath("$.annualAssemblyDueBy").isString())
                .andExpect(jsonPath("$.thresholds.quorumPercent").value(50))
                .andExpect(jsonPath("$.thresholds.ordinaryPercent").value(50))
                .andExpect(jsonPath("$.thresholds.specialPercent").value(66.67))
                .andExpect(jsonPath("$.alerts").isArray());
        // the member register's official members only, as the registry counts them
        int official = jdbc.sql("select count(*) from organisation_members where organisation_id = ? "
                        + "and member_kind = 'OFFICIAL' and left_on is null and (joined_on is null or joined_on <= current_date)")
                .param(UUID.fromString(CHE)).query(Integer.class).single();
        mvc.perform(get("/api/v1/cooperatives/" + CHE + "/governance").with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.officialMembers").value(official));
    }

    @Test
    void aLaoCaiCoopShowsItsOverdueAnnualAssembly() throws Exception {
        mvc.perform(get("/api/v1/cooperatives/a0000000-0000-4000-8000-000000000002/governance")
                        .with(DemoUsers.as(accounts, "laocai")).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[?(@.code == 'ANNUAL_ASSEMBLY_OVERDUE')]", hasSize(1)))
                .andExpect(jsonPath("$.alerts[?(@.code == 'ANNUAL_ASSEMBLY_OVERDUE')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Quá hạn Đại hội thường niên"))));
    }

    @Test
    void theLawsBoundariesDecideResolutions() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 30, 4);
        JsonNode assembly = created(post("/api/v1/cooperatives/" + coop.id() + "/assemblies"), coop.manager(),
                "{\"kind\":\"ANNUAL\",\"form\":\"FULL\",\"heldOn\":\"" + LocalDate.now(vn.htxso.platform.VnFormat.ZONE).minusDays(2) + "\"}");
        assertThat(assembly.get("eligibleVoters").asInt()).isEqualTo(30); // associates never count
        assertThat(assembly.get("kind").asString()).isEqualTo("ANNUAL");
        String path = "/api/v1/assemblies/" + assembly.get("id").asString() + "/resolutions";
        // exactly half present: no quorum (more than half needed)
        JsonNode half = created(post(path), coop.manager(), resolution("ORDINARY", 15, 15, 0, 0));
        assertThat(half.get("quorumReached").asBoolean()).isFalse();
        assertThat(half.get("passed").asBoolean()).isFalse();
        // 16 present, 8 for: exactly half is not a majority; 9 is
        assertThat(created(post(path), coop.manager(), resolution("ORDINARY", 16, 8, 8, 0)).get("passed").asBoolean()).isFalse();
        JsonNode nine = created(post(path), coop.manager(), resolution("ORDINARY", 16, 9, 7, 0));
        assertThat(nine.get("quorumReached").asBoolean()).isTrue();
        assertThat(nine.get("passed").asBoolean()).isTrue();
        assertThat(nine.get("eligibleVoters").asInt()).isEqualTo(30);
        // special: exactly two thirds of those present passes, one fewer does not
        assertThat(created(post(path), coop.manager(), resolution("SPECIAL", 21, 14, 7, 0)).get("passed").asBoolean()).isTrue();
        assertThat(created(post(path), coop.manager(), resolution("SPECIAL", 21, 13, 7, 1)).get("passed").asBoolean()).isFalse();
    }

    @Test
    void aDelegatesAssemblyNeedsFiftyOfficialMembers() throws Exception {
        GovernanceFixtures.Coop small = GovernanceFixtures.coop(jdbc, 49, 5);
        String body = "{\"kind\":\"ANNUAL\",\"form\":\"DELEGATES\",\"heldOn\":\"" + LocalDate.now(vn.htxso.platform.VnFormat.ZONE).minusDays(1)
                + "\",\"delegates\":20}";
        as(post("/api/v1/cooperatives/" + small.id() + "/assemblies"), small.manager(), body)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(assemblies(small.id())).isZero();
        GovernanceFixtures.Coop fifty = GovernanceFixtures.coop(jdbc, 50, 0);
        JsonNode a = created(post("/api/v1/cooperatives/" + fifty.id() + "/assemblies"), fifty.manager(), body);
        assertThat(a.get("eligibleVoters").asInt()).isEqualTo(20);
        assertThat(a.get("form").asString()).isEqualTo("DELEGATES");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            present over eligible      | {"title":"T","category":"ORDINARY","present":11,"votesFor":1,"votesAgainst":0,"abstentions":0}
            votes over present         | {"title":"T","category":"ORDINARY","present":5,"votesFor":4,"votesAgainst":1,"abstentions":1}
            negative count             | {"title":"T","category":"ORDINARY","present":5,"votesFor":-1,"votesAgainst":0,"abstentions":0}
            fraction                   | {"title":"T","category":"ORDINARY","present":5.5,"votesFor":1,"votesAgainst":0,"abstentions":0}
            missing category           | {"title":"T","present":5,"votesFor":1,"votesAgainst":0,"abstentions":0}
            unknown category           | {"title":"T","category":"HUGE","present":5,"votesFor":1,"votesAgainst":0,"abstentions":0}
            blank title                | {"title":" ","category":"ORDINARY","present":5,"votesFor":1,"votesAgainst":0,"abstentions":0}
            missing counts             | {"title":"T","category":"ORDINARY"}
            not json                   | {title
            """)
    void badResolutionsAre400AndStoreNothing(String name, String body) throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 10, 1);
        JsonNode assembly = created(post("/api/v1/cooperatives/" + coop.id() + "/assemblies"), coop.manager(),
                "{\"kind\":\"EXTRAORDINARY\",\"form\":\"FULL\",\"heldOn\":\"" + LocalDate.now(vn.htxso.platform.VnFormat.ZONE) + "\"}");
        as(post("/api/v1/assemblies/" + assembly.get("id").asString() + "/resolutions"), coop.manager(), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.sql("select count(*) from governance_resolutions where organisation_id = ?").param(coop.id())
                .query(Integer.class).single()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            held in the future         | 400 | {"kind":"ANNUAL","form":"FULL","heldOn":"2999-01-01"}
            no day                     | 400 | {"kind":"ANNUAL","form":"FULL"}
            unknown kind               | 400 | {"kind":"YEARLY","form":"FULL","heldOn":"2024-05-01"}
            bad date                   | 400 | {"kind":"ANNUAL","form":"FULL","heldOn":"31/12/2024"}
            delegates for full form    | 400 | {"kind":"ANNUAL","form":"FULL","heldOn":"2024-05-01","delegates":3}
            delegates under fifty      | 409 | {"kind":"ANNUAL","form":"DELEGATES","heldOn":"2024-05-01","delegates":3}
            """)
    void badAssembliesAre4xxAndStoreNothing(String name, int status, String body) throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 10, 1);
        as(post("/api/v1/cooperatives/" + coop.id() + "/assemblies"), coop.manager(), body)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(assemblies(coop.id())).isZero();
    }

    @Test
    void aDryRunDistributionAddsUpToTheVnd() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 3, 1);
        int year = LocalDate.now(vn.htxso.platform.VnFormat.ZONE).getYear() - 1;
        String body = "{\"year\":" + year + ",\"distributableIncomeVnd\":100000003}";
        JsonNode plan = json.readTree(as(post("/api/v1/cooperatives/" + coop.id() + "/distributions?dryRun=true"),
                coop.manager(), body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // funds 20 % + 10 % rounded down, members the rest: 70,000,003 split by capital 10:20:30 M
        assertThat(plan.get("toFundsVnd").asLong()).isEqualTo(30_000_000);
        assertThat(plan.get("toMembersVnd").asLong()).isEqualTo(70_000_003);
        long sum = 0;
        for (JsonNode m : plan.get("members")) {
            sum += m.get("amountVnd").asLong();
            assertThat(m.has("memberId") && m.has("name") && m.has("usageVnd") && m.has("capitalVnd")).isTrue();
        }
        assertThat(sum).isEqualTo(70_000_003);
        assertThat(plan.get("members")).hasSize(3);
        assertThat(jdbc.sql("select count(*) from governance_distributions where organisation_id = ?").param(coop.id())
                .query(Integer.class).single()).isZero();
        as(post("/api/v1/cooperatives/" + coop.id() + "/distributions?dryRun=true"), coop.manager(),
                "{\"year\":" + year + ",\"distributableIncomeVnd\":-1}").andExpect(status().isBadRequest());
        as(post("/api/v1/cooperatives/" + coop.id() + "/distributions?dryRun=true"), coop.manager(),
                "{\"year\":" + year + ",\"distributableIncomeVnd\":10.5}").andExpect(status().isBadRequest());
        // stored once; a second time is a conflict; a member sees only their own line
        as(post("/api/v1/cooperatives/" + coop.id() + "/distributions?dryRun=false"), coop.manager(), body)
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(true));
        as(post("/api/v1/cooperatives/" + coop.id() + "/distributions?dryRun=false"), coop.manager(), body)
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select balance_vnd from governance_fund_movements where organisation_id = ?")
                .param(coop.id()).query(Long.class).single()).isEqualTo(20_000_000);
    }

    @Test
    void scopeHolds() throws Exception {
        // the alliance of another province and the manager of another co-op: 404; a buyer: 403; anonymous: 401
        mvc.perform(get("/api/v1/cooperatives/" + CHE + "/governance").with(DemoUsers.as(accounts, "laocai")))
                .andExpect(status().isNotFound());
        GovernanceFixtures.Coop other = GovernanceFixtures.coop(jdbc, 3, 0);
        as(get("/api/v1/cooperatives/" + CHE + "/governance"), other.manager(), null).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cooperatives/" + CHE + "/governance").with(DemoUsers.as(accounts, "buyer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cooperatives/" + CHE + "/governance")).andExpect(status().isUnauthorized());
        // a member reads, but does not write
        mvc.perform(get("/api/v1/cooperatives/" + CHE + "/governance").with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assemblies").with(DemoUsers.as(accounts, "seller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EXTRAORDINARY\",\"form\":\"FULL\",\"heldOn\":\"" + LocalDate.now(vn.htxso.platform.VnFormat.ZONE) + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/distributions?dryRun=true").with(DemoUsers.as(accounts, "nghean"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2024,\"distributableIncomeVnd\":1000}"))
                .andExpect(status().isForbidden());
        // another co-op's manager cannot write into the demo co-op either
        as(post("/api/v1/cooperatives/" + CHE + "/assemblies"), other.manager(),
                "{\"kind\":\"EXTRAORDINARY\",\"form\":\"FULL\",\"heldOn\":\"" + LocalDate.now(vn.htxso.platform.VnFormat.ZONE) + "\"}")
                .andExpect(status().isNotFound());
        CurrentUser provinceOther = new CurrentUser(UUID.randomUUID(), "other-province", "x", Set.of(Role.PROVINCE_ADMIN),
                "01", null, null);
        as(get("/api/v1/cooperatives/" + CHE + "/governance"), provinceOther, null).andExpect(status().isNotFound());
    }

    @Test
    void aLedgerFileImportsAllRowsOrNoneWithRowAndColumnErrors() throws Exception {
        GovernanceFixtures.Coop coop = GovernanceFixtures.coop(jdbc, 2, 1);
        String member = coop.officials().get(0).toString();
        String associate = coop.associates().get(0).toString();
        String bad = "occurredOn,direction,memberId,amountVnd,description\n"
                + "2025-03-01,REVENUE," + member + ",2000000,Cung ứng phân bón\n"
                + "31/02/2025,REVENUE,,5000000,Bán chè\n"
                + "2025-03-02,COST," + associate + ",1.5,Mua chè\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/cooperatives/" + coop.id() + "/transactions/import?dryRun=false")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "so-cai.csv", "text/csv",
                                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(DemoUsers.as(coop.manager())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("occurredOn"))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].column").value(org.hamcrest.Matchers.containsInAnyOrder("memberId", "amountVnd")));
        assertThat(jdbc.sql("select count(*) from governance_transactions where organisation_id = ?").param(coop.id())
                .query(Integer.class).single()).isZero();
        String good = "occurredOn,direction,memberId,amountVnd,description\n"
                + "2025-03-01,REVENUE," + member + ",6000000,Cung ứng phân bón\n"
                + "01/04/2025,DOANH THU,,4000000,Bán chè cho công ty\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/cooperatives/" + coop.id() + "/transactions/import?dryRun=false")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "so-cai.csv", "text/csv",
                                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(DemoUsers.as(coop.manager())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        as(get("/api/v1/cooperatives/" + coop.id() + "/transactions?year=2025"), coop.manager(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.internalRatioPercent").value("60.0"))
                .andExpect(jsonPath("$.transactions", hasSize(2)));
    }

    private long assemblies(UUID organisation) {
        return jdbc.sql("select count(*) from governance_assemblies where organisation_id = ?").param(organisation)
                .query(Long.class).single();
    }

    static String resolution(String category, int present, int f, int a, int x) {
        return "{\"title\":\"Nghị quyết thử\",\"category\":\"" + category + "\",\"present\":" + present
                + ",\"votesFor\":" + f + ",\"votesAgainst\":" + a + ",\"abstentions\":" + x + "}";
    }

    private ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                             CurrentUser user, String body) throws Exception {
        request.with(DemoUsers.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private JsonNode created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                             CurrentUser user, String body) throws Exception {
        return json.readTree(as(request, user, body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }
}
