package vn.htxso.marketplace;

import org.springframework.http.HttpStatus;

import vn.htxso.platform.BusinessRuleViolation;

/** Fewer units are left than the buyer asked for (409). */
public class OutOfStock extends BusinessRuleViolation {

    public OutOfStock(String productName) {
        super(HttpStatus.CONFLICT, "marketplace.order.outOfStock", productName);
    }
}
