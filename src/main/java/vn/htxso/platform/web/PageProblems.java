package vn.htxso.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.htxso.platform.BusinessRuleViolation;

/** A rule broken on a page shows the friendly error page with the rule's message and status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(BusinessRuleViolation.class)
    ModelAndView businessRule(BusinessRuleViolation violation) {
        ModelAndView view = new ModelAndView("error/error", violation.status());
        view.addObject("status", violation.status().value());
        view.addObject("messageKey", violation.messageKey());
        view.addObject("messageArgs", violation.arguments());
        return view;
    }

    /** A malformed id in a page's path is an unknown page. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch() {
        ModelAndView view = new ModelAndView("error/error", HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        view.addObject("messageKey", "error.404");
        return view;
    }
}
