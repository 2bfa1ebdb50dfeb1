package vn.htxso.marketplace.web;

import java.math.BigDecimal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.ObjectMapper;
import vn.htxso.marketplace.Fulfilment;
import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.PaymentWebhooks;
import vn.htxso.platform.BusinessRuleViolation;

/**
 * Bank-statement notifications from the bank or an aggregator, signed with HMAC-SHA256 over the raw body in
 * {@code X-Signature}: {@code {"amountVnd": 180000, "description": "... DH261123ABCDEF ...", "reference": "..."}}.
 */
@RestController
class PaymentsApiController {

    private final PaymentWebhooks webhooks;
    private final Fulfilment fulfilment;
    private final ObjectMapper json;

    PaymentsApiController(PaymentWebhooks webhooks, Fulfilment fulfilment, ObjectMapper json) {
        this.webhooks = webhooks;
        this.fulfilment = fulfilment;
        this.json = json;
    }

    @PostMapping("/api/v1/payments/bank-statements")
    StatementResult statement(@RequestHeader(name = "X-Signature", required = false) String signature,
                              @RequestBody byte[] body) {
        webhooks.verify(body, signature);
        Statement statement;
        try {
            statement = json.readValue(body, Statement.class);
        } catch (RuntimeException e) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "error.400.body");
        }
        if (statement.amountVnd() == null || statement.amountVnd().signum() <= 0
                || statement.amountVnd().stripTrailingZeros().scale() > 0
                || statement.amountVnd().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST,
                    java.util.List.of(new BusinessRuleViolation.FieldProblem("amountVnd", "marketplace.webhook.amount")),
                    "marketplace.webhook.amount");
        }
        return fulfilment.bankStatement(statement.amountVnd().longValueExact(), statement.description())
                .map(o -> new StatementResult(true, o.code()))
                .orElse(new StatementResult(false, null));
    }

    record Statement(BigDecimal amountVnd, String description, String reference) {
    }

    record StatementResult(boolean matched, String orderCode) {
    }
}
