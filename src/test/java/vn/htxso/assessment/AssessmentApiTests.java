package vn.htxso.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** API.md's assessment endpoints: the public model, a manager's assessment, bad inputs and scope. */
@DemoMvcTest
class AssessmentApiTests {

    static final String PASSWORD = "demo12345";
    static final String CHE = "a0000000-0000-4000-8000-000000000001";
    static final String QUE = "a0000000-0000-4000-8000-000000000002";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theModelIsPublicAndBilingual() throws Exception {
        mvc.perform(get("/api/v1/assessment-model"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.dimensions", hasSize(7)))
                .andExpect(jsonPath("$.dimensions[0].code").value("LEAD"))
                .andExpect(jsonPath("$.dimensions[0].name").value("Lãnh đạo và chiến lược"))
                .andExpect(jsonPath("$.dimensions[0].items[0].kind").value("LADDER"))
                .andExpect(jsonPath("$.dimensions[0].items[0].maxValue").value(5))
                // a ladder's six steps explain its numbers; only checklists list codes to tick
                .andExpect(jsonPath("$.dimensions[0].items[0].options", hasSize(0)))
                .andExpect(jsonPath("$.dimensions[0].items[0].steps", hasSize(6)))
                .andExpect(jsonPath("$.dimensions[*].items[*].code", hasSize(greaterThanOrEqualTo(35))));
        mvc.perform(get("/api/v1/assessment-model").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.dimensions[0].name").value("Leadership and strategy"));
    }

    @Test
    void theManagerAssessesTheCoop() throws Exception {
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"answers":[{"itemCode":"L1","value":3},{"itemCode":"I1","value":["PC","PHONE"]},
                                 {"itemCode":"I3","value":80},{"itemCode":"M3","value":12.5},{"itemCode":"N1","value":["ECOMMERCE"]},
                                 {"itemCode":"G3","value":1}]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.modelVersion").isNumber())
                // L1 weight 2: 3/5 of 10 = 6; I1 2/6 of 5 = 1.67; I3 80 % of 5 = 4; M3 12.5 -> 3 pts -> 3;
                // G3 claimed without verified evidence -> 0; N1 unscored
                .andExpect(jsonPath("$.score").value(14.67))
                .andExpect(jsonPath("$.level").value(0))
                .andExpect(jsonPath("$.levelName").value("Khởi động"))
                .andExpect(jsonPath("$.dimensions", hasSize(7)))
                .andExpect(jsonPath("$.dimensions[*].code", hasItem("MARKET")))
                .andExpect(jsonPath("$.dbi.score").isNumber())
                .andExpect(jsonPath("$.dbi.level").value(0));
    }

    @Test
    void aClientAnsweringEveryItemWithNothingScoresZero() throws Exception {
        // the way a generic client reads the model: a list for items with options, a number for the others
        String model = mvc.perform(get("/api/v1/assessment-model")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<java.util.Map<String, Object>> items = com.jayway.jsonpath.JsonPath.read(model,
                "$.dimensions[*].items[*]");
        StringBuilder answers = new StringBuilder();
        for (java.util.Map<String, Object> item : items) {
            boolean list = !((java.util.List<?>) item.get("options")).isEmpty();
            answers.append(answers.isEmpty() ? "" : ",").append("{\"itemCode\":\"").append(item.get("code"))
                    .append("\",\"value\":").append(list ? "[]" : "0").append('}');
        }
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[" + answers + "]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(0.0))
                .andExpect(jsonPath("$.maxScore").isNumber())
                .andExpect(jsonPath("$.level").value(0))
                .andExpect(jsonPath("$.dbi.score").value(0.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"answers\":[{\"itemCode\":\"NOPE\",\"value\":1}]}",
            "{\"answers\":[{\"itemCode\":\"L1\",\"value\":6}]}",
            "{\"answers\":[{\"itemCode\":\"L1\",\"value\":-1}]}",
            "{\"answers\":[{\"itemCode\":\"L1\",\"value\":2.5}]}",
            "{\"answers\":[{\"itemCode\":\"I3\",\"value\":100.5}]}",
            "{\"answers\":[{\"itemCode\":\"L1\",\"value\":\"3\"}]}",
            "{\"answers\":[{\"itemCode\":\"I1\",\"value\":3}]}",
            "{\"answers\":[{\"itemCode\":\"I1\",\"value\":[\"PC\",\"SPACESHIP\"]}]}",
            "{\"answers\":[{\"itemCode\":\"I1\",\"value\":[1,2]}]}",
            "{\"answers\":[{\"itemCode\":\"L1\",\"value\":1},{\"itemCode\":\"L1\",\"value\":2}]}",
            "{\"answers\":[{\"value\":1}]}",
            "{\"answers\":[{\"itemCode\":\"L1\",\"value\":{\"a\":1}}]}",
    })
    void badAnswersAre400WithErrorsAndNothingIsStored(String body) throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").isString())
                .andExpect(jsonPath("$.errors[0].message").isString());
        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"answers\":\"all good\"}", "{\"answers\":[", "[]", "{}"})
    void malformedBodiesAre400(String body) throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyThatCoopsManagerMayAssessIt() throws Exception {
        String body = "{\"answers\":[{\"itemCode\":\"L1\",\"value\":3}]}";
        mvc.perform(post("/api/v1/cooperatives/" + QUE + "/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments").with(httpBasic("nghean", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments").with(httpBasic("provider", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cooperatives/" + CHE + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cooperatives/not-a-uuid/assessments").with(httpBasic("htx-manager", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
    }

    private long count() {
        return jdbc.sql("select count(*) from assessments where organisation_id = ?").param(java.util.UUID.fromString(CHE)).query(Long.class).single();
    }
}
