package vn.htxso.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests under {@code /api/} that reach no controller (unknown path, wrong method) still answer problem+json;
 * anywhere else the exception goes on to the HTML error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblems {

    private final MessageSource messages;

    ApiFallbackProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> noHandler(Exception exception, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception;
        }
        HttpStatus status = exception instanceof NoResourceFoundException ? HttpStatus.NOT_FOUND
                : exception instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED
                : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(
                "error." + status.value(), null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
