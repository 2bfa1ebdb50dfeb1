package vn.htxso.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every multipart body the server cannot read, for every upload of every module: it fails before any controller is
 * chosen, so this one advice answers for all (a module's own advice for it would win for every path and say the
 * wrong thing, as the registry's "larger than 20 MB" did for a long file name). Under {@code /api/} a problem+json
 * 4xx, elsewhere the error page with the same message: 413 for a file over the size limit, 400 for a part header
 * over the limit (a file name far too long) and for a truncated or boundary-less body.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final MessageSource messages;

    UploadProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException exception, HttpServletRequest request) {
        MultipartFailures.Failure failure = MultipartFailures.of(exception);
        var locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(failure.messageKey(), failure.args(), failure.status().getReasonPhrase(),
                locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), detail);
            problem.setTitle(messages.getMessage("error." + failure.status().value() + ".title", null,
                    failure.status().getReasonPhrase(), locale));
            return ResponseEntity.status(failure.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView view = new ModelAndView("error/error", failure.status());
        view.addObject("status", failure.status().value());
        view.addObject("messageKey", failure.messageKey());
        view.addObject("messageArgs", failure.args());
        return view;
    }
}
