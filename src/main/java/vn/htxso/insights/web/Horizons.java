package vn.htxso.insights.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;

/** The {@code horizon} query parameter: 1–52 weeks, 4 by default; anything else is a 400 naming it. */
final class Horizons {

    static final int DEFAULT = 4;

    private Horizons() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int horizon = Integer.parseInt(value.strip());
            if (horizon >= 1 && horizon <= 52) {
                return horizon;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                List.of(new FieldProblem("horizon", "insights.forecast.horizon.range", 1, 52)),
                "insights.forecast.invalid");
    }
}
