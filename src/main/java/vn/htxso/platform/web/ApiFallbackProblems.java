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
import org.springframework.web.multipart.MultipartException;
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

    /**
     * A multipart body that cannot be read (truncated, no boundary, a part header over the limit, too large),
     * whichever upload it was meant for: problem+json 4xx under {@code /api/}; pages go on to the error page, which
     * tells the same ({@link ErrorPages}).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException exception, HttpServletRequest request)
            throws Exception {
        MultipartFailures.Failure failure = MultipartFailures.of(exception);
        if (failure == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception;
        }
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), messages.getMessage(
                failure.messageKey(), failure.args(), failure.status().getReasonPhrase(), locale));
        problem.setTitle(messages.getMessage("error." + failure.status().value() + ".title", null,
                failure.status().getReasonPhrase(), locale));
        return ResponseEntity.status(failure.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
