package vn.htxso.insights;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** Programmes and their impact: shape, labels and scope. */
@DemoMvcTest
class ImpactApiTests {

    static final String NGHE_AN = "e0000000-0000-4000-8000-000000000001";
    static final String LAO_CAI = "e0000000-0000-4000-8000-000000000002";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void adminsListProgrammesAndReadTheirImpact() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic("admin", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + NGHE_AN + "')].provinceCodes[0]").value("40"));
        mvc.perform(get("/api/v1/programmes/{id}/impact", NGHE_AN).with(httpBasic("admin", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.treated").isNumber())
                .andExpect(jsonPath("$.control").isNumber())
                .andExpect(jsonPath("$.maturity").exists())
                .andExpect(jsonPath("$.salesVnd").exists())
                // the demo programme has a handful of applicants: far below 20 and 20
                .andExpect(jsonPath("$.label").value("INDICATIVE"));
        mvc.perform(get("/insights/programmes/{id}/impact", NGHE_AN).with(DemoUsers.as(accounts, "nghean")))
                .andExpect(status().isOk());
    }

    @Test
    void aProvinceAdminSeesOnlyProgrammesOpenToItsProvince() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic("laocai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + NGHE_AN + "')]").isEmpty())
                .andExpect(jsonPath("$[?(@.id == '" + LAO_CAI + "')]").isNotEmpty());
        mvc.perform(get("/api/v1/programmes/{id}/impact", NGHE_AN).with(httpBasic("laocai", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes").with(httpBasic("seller", "demo12345")))
                .andExpect(status().isForbidden());
    }
}
