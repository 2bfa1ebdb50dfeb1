package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

/** The one way a page form fails: which page, which status, where the message goes. */
class FormSubmissionTests {

    /** A form with one field, as a page binds it. */
    public static class NameForm {
        private String name = "typed";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private final NameForm form = new NameForm();
    private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void successFollowsTheAction() {
        String view = FormSubmission.of(result, response).onFailure(() -> "page").submit(() -> "redirect:/done");
        assertThat(view).isEqualTo("redirect:/done");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aFormWithErrorsIsNotSubmitted() {
        result.rejectValue("name", "x.required");
        String view = FormSubmission.of(result, response).onFailure(() -> "page").submit(() -> {
            throw new AssertionError("must not run");
        });
        assertThat(view).isEqualTo("page");
        assertThat(response.getStatus()).isEqualTo(422);
    }

    @Test
    void aFieldProblemGoesNextToItsFieldWith422EvenForAConflict() {
        String view = FormSubmission.of(result, response).onFailure(() -> "page").submit(() -> {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT,
                    List.of(new BusinessRuleViolation.FieldProblem("name", "x.taken")), "x.taken");
        });
        assertThat(view).isEqualTo("page");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(result.getFieldError("name").getCode()).isEqualTo("x.taken");
        assertThat(form.getName()).isEqualTo("typed");
    }

    @Test
    void aConflictOfTheWholeFormIs409OnItsOwnPage() {
        String view = FormSubmission.of(result, response).onFailure(() -> "page").onConflict(() -> "conflict")
                .submit(() -> {
                    throw new BusinessRuleViolation(HttpStatus.CONFLICT, "x.stale");
                });
        assertThat(view).isEqualTo("conflict");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(result.getGlobalError().getCode()).isEqualTo("x.stale");
    }

    @Test
    void aFormWithoutABoundObjectGetsTheProblemInTheModel() {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = FormSubmission.of(model, response).onFailure(() -> "upload").submit(() -> {
            throw new BusinessRuleViolation(HttpStatus.CONTENT_TOO_LARGE, "x.tooLarge", 20);
        });
        assertThat(view).isEqualTo("upload");
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(((BusinessRuleViolation) model.getAttribute(FormSubmission.PROBLEM)).messageKey())
                .isEqualTo("x.tooLarge");
    }

    @Test
    void scopeProblemsGoToTheErrorPage() {
        FormSubmission submission = FormSubmission.of(result, response).onFailure(() -> "page");
        assertThatThrownBy(() -> submission.submit(() -> {
            throw new NotFound("thing");
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> submission.submit(() -> {
            throw new Forbidden();
        })).isInstanceOf(Forbidden.class);
    }
}
