package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;

/** A personal token cannot mint further tokens: making one needs the password (HTTP Basic or a signed-in page). */
@DemoMvcTest
class TokenMintingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void aBearerTokenCannotCreateAnotherTokenSoRevokingItCutsAccess() throws Exception {
        String created = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("buyer", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"bị lộ\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        String id = JsonPath.read(created, "$.id");
        int before = accounts.tokensOf(accounts.byUsername("buyer").orElseThrow().toCurrentUser()).size();

        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"cửa sau\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("mật khẩu")));
        assertThat(accounts.tokensOf(accounts.byUsername("buyer").orElseThrow().toCurrentUser())).hasSize(before);

        // the token still reads and may revoke itself
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
