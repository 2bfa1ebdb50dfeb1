package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.support.DemoMvcTest;

/** Every malformed input to the platform's API is a 4xx problem+json and stores nothing. */
@DemoMvcTest
class ApiBadInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badRequests() {
        String tooLong = "x".repeat(81);
        return Stream.of(
                Arguments.of("POST", "/api/v1/me/tokens", "application/json", "{}", 400, "name"),
                Arguments.of("POST", "/api/v1/me/tokens", "application/json", "{\"name\":\"  \"}", 400, "name"),
                Arguments.of("POST", "/api/v1/me/tokens", "application/json", "{\"name\":\"" + tooLong + "\"}", 400, "name"),
                Arguments.of("POST", "/api/v1/me/tokens", "application/json", "{\"name\":[1,2]}", 400, null),
                Arguments.of("POST", "/api/v1/me/tokens", "application/json", "{\"name\":", 400, null),
                Arguments.of("POST", "/api/v1/me/tokens", "application/json", "", 400, null),
                Arguments.of("POST", "/api/v1/me/tokens", "text/plain", "name=x", 415, null),
                Arguments.of("DELETE", "/api/v1/me/tokens/not-a-uuid", null, null, 400, "id"),
                Arguments.of("DELETE", "/api/v1/me/tokens/8b0e0c1e-0000-4000-8000-000000000000", null, null, 404, null),
                Arguments.of("GET", "/api/v1/no-such-thing", null, null, 404, null),
                Arguments.of("POST", "/api/v1/provinces", "application/json", "{}", 405, null));
    }

    @ParameterizedTest(name = "{0} {1} {3} -> {4}")
    @MethodSource("badRequests")
    void answersProblemJsonAndStoresNothing(String method, String path, String contentType, String body,
                                            int expectedStatus, String field) throws Exception {
        long tokensBefore = count("api_tokens");
        long auditBefore = count("audit_events where action like 'token.%'");
        var request = request(HttpMethod.valueOf(method), path).with(httpBasic("buyer", "demo12345"));
        if (contentType != null) {
            request.contentType(contentType).content(body);
        }
        var result = mvc.perform(request)
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(expectedStatus))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        assertThat(count("api_tokens")).isEqualTo(tokensBefore);
        assertThat(count("audit_events where action like 'token.%'")).isEqualTo(auditBefore);
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
