package vn.htxso.platform.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The last stop for every error the controllers did not answer (unknown paths, oversize uploads, filters):
 * problem+json under {@code /api/}, a friendly Vietnamese page elsewhere, never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorPages(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<ProblemDetail> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = locales.resolveLocale(request);
        MultipartFailures.Failure upload = uploadFailure(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, upload != null
                ? messages.getMessage(upload.messageKey(), upload.args(), status.getReasonPhrase(), locale)
                : messages.getMessage(detailKey(status), null, status.getReasonPhrase(), locale));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
                locale));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, Model model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            return json(request);
        }
        HttpStatus status = status(request);
        MultipartFailures.Failure upload = uploadFailure(request);
        model.addAllAttributes(Map.of("status", status.value(), "messageKey",
                upload != null ? upload.messageKey() : detailKey(status),
                "messageArgs", upload != null ? upload.args() : new Object[0]));
        return new org.springframework.web.servlet.ModelAndView("error/error", model.asMap(), status);
    }

    private static String detailKey(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 415, 422, 429 -> "error." + status.value();
            default -> status.is4xxClientError() ? "error.400" : "error.500";
        };
    }

    private static MultipartFailures.Failure uploadFailure(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                ? MultipartFailures.of(t) : null;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable t && MultipartFailures.of(t) != null) {
            return MultipartFailures.of(t).status();
        }
        if (exception instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                || exception instanceof IllegalStateException ise
                && ise.getCause() instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
