package vn.htxso.scorecard;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** {@code GET /api/v1/communes/{provinceCode}/{communeName}/scorecard}: shape, scope and unknown places. */
@DemoMvcTest
class ScorecardApiTests {

    static final String PASSWORD = "demo12345";
    static final String URL = "/api/v1/communes/{province}/{commune}/scorecard";

    @Autowired
    MockMvc mvc;

    @Test
    void theProvinceAdminReadsACommuneOfItsProvince() throws Exception {
        mvc.perform(get(URL, "40", "Xã Hạnh Lâm").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.provinceCode").value("40"))
                .andExpect(jsonPath("$.communeName").value("Xã Hạnh Lâm"))
                .andExpect(jsonPath("$.year").isNumber())
                .andExpect(jsonPath("$.score").value(allOf(greaterThanOrEqualTo(0.0), lessThanOrEqualTo(100.0))))
                .andExpect(jsonPath("$.rank").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.communesRanked").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.indicators[*].code", hasItems("COOPS", "COOPS_ASSESSED_SHARE",
                        "SHOPS_ONLINE", "OCOP_PRODUCTS_ONLINE", "ORDERS_12M", "VIETQR_SHARE", "LOTS_PUBLISHED")))
                .andExpect(jsonPath("$.indicators[0].name").isString())
                .andExpect(jsonPath("$.indicators[0].value").isNumber())
                .andExpect(jsonPath("$.indicators[0].target").isNumber())
                .andExpect(jsonPath("$.indicators[0].weight").isNumber())
                .andExpect(jsonPath("$.indicators[0].to").isString())
                .andExpect(jsonPath("$.indicators[*].status", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.oneOf("MET", "ON_THE_WAY", "FAR"))));
    }

    @Test
    void theNameMatchesWithoutDiacriticsAndANationalAdminReadsAnyProvince() throws Exception {
        mvc.perform(get(URL, "15", "xa van yen").param("year", "2026")
                        .with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communeName").value("Xã Văn Yên"))
                .andExpect(jsonPath("$.year").value(2026));
    }

    @Test
    void anotherProvinceIsForbidden() throws Exception {
        mvc.perform(get(URL, "40", "Xã Hạnh Lâm").with(httpBasic("laocai", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCoopManagerAndABuyerAreForbiddenAndAnonymousMustSignIn() throws Exception {
        mvc.perform(get(URL, "40", "Xã Hạnh Lâm").with(httpBasic("htx-manager", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(URL, "40", "Xã Hạnh Lâm").with(httpBasic("buyer", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(URL, "40", "Xã Hạnh Lâm")).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownCommuneOrProvinceIsNotFound() throws Exception {
        mvc.perform(get(URL, "40", "Xã Không Có").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(URL, "99", "Xã Hạnh Lâm").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aYearOutOfRangeOrNotANumberIsABadRequest() throws Exception {
        for (String year : new String[] {"1999", "2999", "abc"}) {
            mvc.perform(get(URL, "40", "Xã Hạnh Lâm").param("year", year).with(httpBasic("nghean", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theDemoCommunesRankApart() throws Exception {
        // Hạnh Lâm has the co-op's verified shops, OCOP products and orders; Xã Kỳ Sơn has co-ops only
        String hanhLam = mvc.perform(get(URL, "40", "Xã Hạnh Lâm").with(httpBasic("nghean", PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String kySon = mvc.perform(get(URL, "40", "xa ky son").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        double a = ((Number) com.jayway.jsonpath.JsonPath.read(hanhLam, "$.score")).doubleValue();
        double b = ((Number) com.jayway.jsonpath.JsonPath.read(kySon, "$.score")).doubleValue();
        int rankA = com.jayway.jsonpath.JsonPath.read(hanhLam, "$.rank");
        int rankB = com.jayway.jsonpath.JsonPath.read(kySon, "$.rank");
        org.assertj.core.api.Assertions.assertThat(a).isGreaterThan(b);
        org.assertj.core.api.Assertions.assertThat(rankA).isLessThan(rankB);
    }
}
