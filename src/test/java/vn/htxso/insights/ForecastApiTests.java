package vn.htxso.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.platform.internal.Accounts;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/** The forecast API: shape, bad input (400 naming the field) and the seller's scope. */
@DemoMvcTest
class ForecastApiTests {

    static final String SHOP = "b1000000-0000-4000-8000-000000000002";
    static final String HONEY = "e1000000-0000-4000-8000-000000000005";
    static final String SERIES = "[12, 15, 14, 18, 22, 25, 24, 21, 17, 14, 13, 16, 13, 16, 15, 19, 23, 27, 25, 22]";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void forecastsASeriesWithItsMethodBaselineAndInterval() throws Exception {
        mvc.perform(post("/api/v1/insights/forecast").with(httpBasic("seller", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"series\": " + SERIES + ", \"period\": \"MONTH\", \"horizon\": 3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").isString())
                .andExpect(jsonPath("$.mase").isNumber())
                .andExpect(jsonPath("$.baselineMethod").value("NAIVE"))
                .andExpect(jsonPath("$.baselineMase").isNumber())
                .andExpect(jsonPath("$.forecast.length()").value(3))
                .andExpect(jsonPath("$.forecast[0].step").value(1))
                .andExpect(jsonPath("$.forecast[2].low").isNumber())
                .andExpect(jsonPath("$.forecast[2].high").isNumber());
    }

    static Stream<Arguments> badBodies() {
        String tooLong = "[" + String.join(",", Collections.nCopies(521, "3")) + "]";
        return Stream.of(
                Arguments.of("{\"series\": [1,2,3,4,5,6,7,8,9,-1,4,5], \"period\": \"WEEK\", \"horizon\": 2}", "series"),
                Arguments.of("{\"series\": [1,2,3,4,5,6,7,8,9,NaN,4,5], \"period\": \"WEEK\", \"horizon\": 2}", "series"),
                Arguments.of("{\"series\": [1,2,3,4,5,6,7,8,9], \"period\": \"WEEK\", \"horizon\": 2}", "series"),
                Arguments.of("{\"series\": " + tooLong + ", \"period\": \"WEEK\", \"horizon\": 2}", "series"),
                Arguments.of("{\"period\": \"WEEK\", \"horizon\": 2}", "series"),
                Arguments.of("{\"series\": " + SERIES + ", \"period\": \"WEEK\", \"horizon\": 0}", "horizon"),
                Arguments.of("{\"series\": " + SERIES + ", \"period\": \"WEEK\", \"horizon\": 53}", "horizon"),
                Arguments.of("{\"series\": " + SERIES + ", \"period\": \"WEEK\"}", "horizon"),
                Arguments.of("{\"series\": " + SERIES + ", \"horizon\": 2}", "period"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badBodies")
    void badInputIsA400NamingTheField(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/insights/forecast").with(httpBasic("seller", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void aBrokenBodyIsA400() throws Exception {
        mvc.perform(post("/api/v1/insights/forecast").with(httpBasic("seller", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"series\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anonymousCannotForecast() throws Exception {
        int status = mvc.perform(post("/api/v1/insights/forecast").contentType(MediaType.APPLICATION_JSON)
                .content("{\"series\": " + SERIES + ", \"period\": \"WEEK\", \"horizon\": 2}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(401, 403);
    }

    @Test
    void theSellerReadsItsProductsForecast() throws Exception {
        mvc.perform(get("/api/v1/shops/{s}/products/{p}/forecast?horizon=4", SHOP, HONEY)
                        .with(httpBasic("seller", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forecast.length()").value(4))
                .andExpect(jsonPath("$.baselineMethod").value("SEASONAL_NAIVE"));
    }

    @Test
    void onlyThatShopsSellerReadsTheProductForecast() throws Exception {
        mvc.perform(get("/api/v1/shops/{s}/products/{p}/forecast", SHOP, HONEY).with(httpBasic("buyer", "demo12345")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/shops/{s}/products/{p}/forecast", SHOP, "e1000000-0000-4000-8000-000000000001")
                        .with(httpBasic("seller", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/shops/{s}/products/{p}/forecast?horizon=0", SHOP, HONEY)
                        .with(httpBasic("seller", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("horizon"));
    }

    @Test
    void aProductWithFewSalesSaysNotEnoughSalesYet() throws Exception {
        mvc.perform(get("/api/v1/shops/{s}/products/{p}/forecast", SHOP, "e1000000-0000-4000-8000-000000000007")
                        .with(httpBasic("seller", "demo12345")))
                .andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/insights/shops/{s}/forecasts", SHOP).with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chưa đủ số liệu bán hàng để dự báo").contains("Khoảng").contains("<svg");
    }

    @Test
    void theDashboardShowsTheHoneyOutlook() throws Exception {
        String page = mvc.perform(get("/market/seller/shops/{s}", SHOP).with(DemoUsers.as(accounts, "seller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dự báo bán hàng").contains("outlook-" + HONEY).contains("tuần tới");
    }
}
