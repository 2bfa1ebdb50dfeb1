package vn.htxso.platform;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one way a page controller submits a form: bean-validation errors or a rule the service refuses come back as
 * messages on the same page (status 422; 409 for a conflict of the whole form such as a stale edit; 413 for a file
 * too large); success
 * follows the action's answer (usually a redirect with a flash key). Scope problems (401, 403, 404) are not the
 * form's business: they go on to the error page. A controller never catches {@link BusinessRuleViolation} itself.
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
 *
 * <p>A form without a bound object (a file upload, a single button) uses {@link #of(Model, HttpServletResponse)}:
 * the violation is then put in the model as {@value #PROBLEM}, and the page shows
 * {@code #messages.msgWithParams(problem.messageKey(), problem.arguments())} above the form.
 * A page that says more about a conflict (a stale edit: "someone saved before you") adds
 * {@link #onConflict(Supplier)}; the typed values stay in the form either way.
 */
public final class FormSubmission {

    /** The model attribute holding the violation of a form without a bound object. */
    public static final String PROBLEM = "problem";

    private final BindingResult result;
    private final Model model;
    private final HttpServletResponse response;
    private Supplier<String> failurePage;
    private Supplier<String> conflictPage;

    private FormSubmission(BindingResult result, Model model, HttpServletResponse response) {
        this.result = result;
        this.model = model;
        this.response = response;
    }

    /** A submission of the form bound to {@code result}, whose failure status is written on {@code response}. */
    public static FormSubmission of(BindingResult result, HttpServletResponse response) {
        return new FormSubmission(result, null, response);
    }

    /** A submission of a form without a bound object: a violation goes in the model as {@value #PROBLEM}. */
    public static FormSubmission of(Model model, HttpServletResponse response) {
        return new FormSubmission(null, model, response);
    }

    /** The view shown again with the messages when the form is invalid or the rule refuses it. */
    public FormSubmission onFailure(Supplier<String> page) {
        this.failurePage = page;
        return this;
    }

    /** The view shown (status 409) when the rule refuses with a conflict; without it, the failure page. */
    public FormSubmission onConflict(Supplier<String> page) {
        this.conflictPage = page;
        return this;
    }

    /** What a form does when it is valid: calls the service and answers a view (usually a redirect). */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        String run() throws E;
    }

    /**
     * Runs {@code action} unless the form already has errors; returns its view, or the failure page. The action may
     * throw a checked exception (reading an uploaded file), which passes through.
     */
    public <E extends Exception> String submit(Action<E> action) throws E {
        if (failurePage == null) {
            throw new IllegalStateException("FormSubmission needs onFailure(…) before submit(…)");
        }
        if (result != null && result.hasErrors()) {
            return fail(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            return action.run();
        } catch (BusinessRuleViolation violation) {
            if (!belongsOnForm(violation)) {
                throw violation;
            }
            if (result != null) {
                putOnForm(violation, result);
            } else {
                model.addAttribute(PROBLEM, violation);
            }
            HttpStatus status = statusOf(violation);
            if (status == HttpStatus.CONFLICT && conflictPage != null) {
                response.setStatus(status.value());
                return conflictPage.get();
            }
            return fail(status);
        }
    }

    /** The failure page with its status, for a controller that found a problem of its own before submitting. */
    public String fail(HttpStatus status) {
        response.setStatus(status.value());
        return failurePage.get();
    }

    /**
     * A conflict of the whole form (a stale edit, a state that no longer allows it) is 409 and a file too large 413;
     * every other refusal, including a conflict tied to a field (a login already taken), is about what was typed: 422.
     */
    static HttpStatus statusOf(BusinessRuleViolation violation) {
        HttpStatus status = violation.status();
        if (status == HttpStatus.CONFLICT && violation.fieldProblems().isEmpty()
                || status == HttpStatus.CONTENT_TOO_LARGE) {
            return status;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    /** 401, 403 and 404 are about scope, not about what was typed: they go to the error page. */
    static boolean belongsOnForm(BusinessRuleViolation violation) {
        HttpStatus status = violation.status();
        return status != HttpStatus.FORBIDDEN && status != HttpStatus.NOT_FOUND && status != HttpStatus.UNAUTHORIZED;
    }

    /** Puts a violation's problems next to their fields (or at the top of the form when no field matches). */
    static void putOnForm(BusinessRuleViolation violation, BindingResult result) {
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
