package vn.htxso.platform;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * The one way a page controller submits a form: bean-validation errors or a rule the service refuses come back as
 * messages on the same page (status 422, or 409 for a conflict such as a stale edit); success follows the action's
 * answer (usually a redirect with a flash key). Scope problems (403, 404) are not the form's business: they go on
 * to the error page.
 *
 * <pre>{@code
 * @PostMapping("/admin/users")
 * String create(CurrentUser admin, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
 *               HttpServletResponse response, RedirectAttributes flash) {
 *     return FormSubmission.of(result, response)
 *             .onFailure(() -> formPage(admin, model))
 *             .submit(() -> {
 *                 accounts.create(admin, form.toNewAccount());
 *                 flash.addFlashAttribute("flash", "platform.users.created");
 *                 return "redirect:/admin/users";
 *             });
 * }
 * }</pre>
 */
public final class FormSubmission {

    private final BindingResult result;
    private final HttpServletResponse response;
    private Supplier<String> failurePage;

    private FormSubmission(BindingResult result, HttpServletResponse response) {
        this.result = result;
        this.response = response;
    }

    /** A submission of the form bound to {@code result}, whose failure status is written on {@code response}. */
    public static FormSubmission of(BindingResult result, HttpServletResponse response) {
        return new FormSubmission(result, response);
    }

    /** The view shown again with the messages when the form is invalid or the rule refuses it. */
    public FormSubmission onFailure(Supplier<String> page) {
        this.failurePage = page;
        return this;
    }

    /** Runs {@code action} unless the form already has errors; returns its view, or the failure page. */
    public String submit(Supplier<String> action) {
        if (failurePage == null) {
            throw new IllegalStateException("FormSubmission needs onFailure(…) before submit(…)");
        }
        if (result.hasErrors()) {
            return fail(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            return action.get();
        } catch (BusinessRuleViolation violation) {
            if (!belongsOnForm(violation)) {
                throw violation;
            }
            putOnForm(violation, result);
            return fail(violation.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** The failure page with its status, for a controller that found a problem of its own before submitting. */
    public String fail(HttpStatus status) {
        response.setStatus(status.value());
        return failurePage.get();
    }

    /** 403 and 404 are about scope, not about what was typed: they go to the error page. */
    static boolean belongsOnForm(BusinessRuleViolation violation) {
        HttpStatus status = violation.status();
        return status != HttpStatus.FORBIDDEN && status != HttpStatus.NOT_FOUND && status != HttpStatus.UNAUTHORIZED;
    }

    /** Puts a violation's problems next to their fields (or at the top of the form when no field matches). */
    public static void putOnForm(BusinessRuleViolation violation, BindingResult result) {
        for (BusinessRuleViolation.FieldProblem p : violation.fieldProblems()) {
            if (hasField(result, p.field())) {
                result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            } else {
                result.reject(p.messageKey(), p.arguments(), p.messageKey());
            }
        }
        if (violation.fieldProblems().isEmpty()) {
            result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        if (field == null || result.getTarget() == null) {
            return false;
        }
        try {
            return new BeanWrapperImpl(result.getTarget()).isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
