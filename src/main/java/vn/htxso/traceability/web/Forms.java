package vn.htxso.traceability.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import vn.htxso.platform.BusinessRuleViolation;

/** Puts a rule's problems on a form, so the page shows them next to the fields (422). */
final class Forms {

    private Forms() {
    }

    /** True when the violation belongs on the form; scope (403/404) and conflicts (409) go to the error page. */
    static boolean onForm(BusinessRuleViolation violation, BindingResult result) {
        if (violation.status() != HttpStatus.UNPROCESSABLE_CONTENT && violation.status() != HttpStatus.BAD_REQUEST) {
            return false;
        }
        for (BusinessRuleViolation.FieldProblem p : violation.fieldProblems()) {
            String field = p.field();
            if (hasField(result, field)) {
                result.rejectValue(field, p.messageKey(), p.arguments(), p.messageKey());
            } else {
                result.reject(p.messageKey(), p.arguments(), p.messageKey());
            }
        }
        if (violation.fieldProblems().isEmpty()) {
            result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
        }
        return true;
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getTarget() != null
                    && new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
