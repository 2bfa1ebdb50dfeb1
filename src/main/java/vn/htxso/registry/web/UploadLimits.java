package vn.htxso.registry.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the multipart limit fails before any controller is chosen, so no controller advice tied to a controller
 * sees it. For the registry's own upload paths this answers as API.md says (413 problem+json) or shows the import
 * page with the reason; any other path is left to the platform (the exception is thrown on unchanged).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String detail = messages.getMessage("registry.import.error.fileTooLarge", new Object[] {20}, "413",
                LocaleContextHolder.getLocale());
        if (path.startsWith("/api/v1/cooperatives/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setTitle(messages.getMessage("error.413.title", null, "Content too large",
                    LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (path.startsWith("/registry/")) {
            ModelAndView view = new ModelAndView("registry/import", HttpStatus.CONTENT_TOO_LARGE);
            view.addObject(vn.htxso.platform.FormSubmission.PROBLEM, new vn.htxso.platform.BusinessRuleViolation(
                    HttpStatus.CONTENT_TOO_LARGE, "registry.import.error.fileTooLarge", 20));
            view.addObject("columns", vn.htxso.registry.ImportColumn.values());
            return view;
        }
        throw exception;
    }
}
