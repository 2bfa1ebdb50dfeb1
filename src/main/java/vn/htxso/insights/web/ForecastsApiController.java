package vn.htxso.insights.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.htxso.insights.Forecast;
import vn.htxso.insights.Forecasts;
import vn.htxso.insights.Period;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;

/** Forecasts (API.md): any series, and a seller's product from its weekly sales. */
@RestController
@RequestMapping("/api/v1")
class ForecastsApiController {

    /**
     * Reads NaN and Infinity as numbers so that the service can answer which field is wrong (the platform's strict
     * reader would only say the body is unreadable).
     */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final Forecasts forecasts;

    ForecastsApiController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @PostMapping(path = "/insights/forecast", consumes = MediaType.APPLICATION_JSON_VALUE)
    Answer forecast(CurrentUser user, @RequestBody String body) {
        if (user == null) {
            throw new Forbidden();
        }
        ForecastRequest request;
        try {
            request = LENIENT.readValue(body, ForecastRequest.class);
        } catch (JacksonException e) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "error.400.body");
        }
        if (request == null) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "error.400.body");
        }
        return Answer.of(forecasts.forecast(request.series(), request.period(), request.horizon()));
    }

    @GetMapping("/shops/{shopId}/products/{productId}/forecast")
    Answer product(CurrentUser user, @PathVariable UUID shopId, @PathVariable UUID productId,
                   @RequestParam(required = false) String horizon) {
        int steps = Horizons.parse(horizon);
        Forecasts.ProductOutlook outlook = forecasts.forProduct(user, shopId, productId, steps);
        if (!outlook.enoughSales()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "insights.forecast.notEnough",
                    Forecasts.MIN_NON_ZERO);
        }
        return Answer.of(outlook.forecast());
    }

    record ForecastRequest(List<Double> series, Period period, Integer horizon) {
    }

    record Answer(String method, Double mase, String baselineMethod, Double baselineMase, String demandClass,
                  List<Forecast.Step> forecast) {
        static Answer of(Forecast f) {
            return new Answer(f.method().name(), f.mase(), f.baselineMethod().name(), f.baselineMase(),
                    f.demandClass().name(), f.forecast());
        }
    }
}
