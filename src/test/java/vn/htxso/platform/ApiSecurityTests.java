package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** API.md's authentication: HTTP Basic, personal tokens, 401 versus 403, problem+json. */
@DemoMvcTest
class ApiSecurityTests {

    private static final String PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"admin,NATIONAL_ADMIN,", "nghean,PROVINCE_ADMIN,40", "laocai,PROVINCE_ADMIN,15",
        "htx-manager,COOP_MANAGER,40", "seller,MEMBER_SELLER,40", "buyer,BUYER,", "provider,PROVIDER,"})
    void everyDemoAccountSignsInThroughTheApi(String username, String role, String province) throws Exception {
        var result = mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles", hasItem(role)))
                .andExpect(jsonPath("$.shops").isArray())
                .andReturn();
        Object provinceCode = JsonPath.read(result.getResponse().getContentAsString(), "$.provinceCode");
        assertThat(provinceCode).isEqualTo(province);
    }

    @Test
    void managerAndSellerAreBoundToTheirCooperative() throws Exception {
        for (String user : new String[] {"htx-manager", "seller"}) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user, PASSWORD)))
                    .andExpect(jsonPath("$.organisationId").value("a0000000-0000-4000-8000-000000000001"));
        }
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Bạn cần đăng nhập để tiếp tục."));
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("buyer", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAuthenticatedUserWithoutTheRoleGets403ProblemJson() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void englishProblemsWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Please sign in to continue."));
    }

    @Test
    void theApiKeepsNoSession() throws Exception {
        var response = mvc.perform(get("/api/v1/me").with(httpBasic("buyer", PASSWORD))).andReturn().getResponse();
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void publicEndpointsNeedNoCredentials() throws Exception {
        mvc.perform(get("/api/v1/provinces"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(34))
                .andExpect(jsonPath("$[?(@.code == '40')].name").value(hasItem("Nghệ An")))
                .andExpect(jsonPath("$[?(@.code == '15')].name").value(hasItem("Lào Cai")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void aPersonalTokenWorksUntilItIsRevoked() throws Exception {
        String created = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("seller", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"bảng tính giá\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("bảng tính giá"))
                .andExpect(jsonPath("$.createdAt").exists())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        String id = JsonPath.read(created, "$.id");
        assertThat(token).startsWith("htx_").hasSizeGreaterThan(40);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("seller"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].name").value(hasItem("bảng tính giá")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].token").doesNotExist());

        // another user cannot revoke it
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(httpBasic("buyer", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(httpBasic("seller", PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownTokenIs401() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer htx_made-up"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer "))
                .andExpect(status().isUnauthorized());
    }
}
