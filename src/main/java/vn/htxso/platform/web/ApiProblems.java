package vn.htxso.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.htxso.platform.BusinessRuleViolation;

/**
 * RFC 9457 problem+json for every JSON controller: business rules with their status, bean validation as 400 with
 * {@code errors: [{field, message}]}, unreadable bodies and wrong types as 400. Pages keep their HTML error views.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleViolation violation) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(violation.status(),
                messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale));
        if (!violation.fieldProblems().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (BusinessRuleViolation.FieldProblem p : violation.fieldProblems()) {
                errors.add(Map.of("field", p.field(),
                        "message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)));
            }
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(violation.status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.400.type"));
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", text("error.400.type"))));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.400.validation"));
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.400.validation"));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", message(error)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Map.of("field", error.getObjectName(), "message",
                        messages.getMessage(error, LocaleContextHolder.getLocale()))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.400.validation"));
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", messages.getMessage(error, LocaleContextHolder.getLocale())))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("error.400.body")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        // a part header over the container's limit is reported as a size too: say what it really is
        MultipartFailures.Failure failure = MultipartFailures.of(ex);
        HttpStatus answer = failure == null ? HttpStatus.CONTENT_TOO_LARGE : failure.status();
        String detail = failure == null ? text("error.413") : messages.getMessage(failure.messageKey(),
                failure.args(), failure.messageKey(), LocaleContextHolder.getLocale());
        return ResponseEntity.status(answer).body(problem(answer, detail));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null || body instanceof ProblemDetail) {
            ProblemDetail problem = problem(statusCode, text("error." + statusCode.value(), "error.400"));
            return ResponseEntity.status(statusCode).headers(headers).body(problem);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error." + status.value() + ".title",
                HttpStatus.resolve(status.value()) == null ? "Error" : HttpStatus.resolve(status.value()).getReasonPhrase()));
        return problem;
    }

    private String message(FieldError error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String text(String key, String fallbackKey) {
        return messages.getMessage(key, null, text(fallbackKey), LocaleContextHolder.getLocale());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
