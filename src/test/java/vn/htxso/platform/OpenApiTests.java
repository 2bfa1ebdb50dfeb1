package vn.htxso.platform;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** The OpenAPI document describes the API without exposing the signed-in user as a parameter. */
@DemoMvcTest
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiWithItsSecuritySchemes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.info.title").value("HTX Số API"))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/me")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/provinces")))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.components.securitySchemes", hasKey("token")))
                .andExpect(jsonPath("$.paths", not(hasKey("/profile"))));
    }
}
