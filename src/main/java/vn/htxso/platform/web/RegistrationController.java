package vn.htxso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.internal.Accounts;

/** A buyer signs up, then signs in with the new login and password. */
@Controller
class RegistrationController {

    private final Accounts accounts;

    RegistrationController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("form") RegistrationForm form) {
        return "platform/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
                    HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        if (form.passwordsDiffer()) {
            result.rejectValue("passwordAgain", "platform.register.passwordAgain.mismatch");
        }
        // a login that already has an account gets the same answer as a new one: the page does not tell a
        // stranger who has an account (the new account is not signed in at once, so both answers look alike)
        return FormSubmission.of(result, response)
                .onFailure(() -> "platform/register")
                .submit(() -> {
                    accounts.registerBuyer(form.getLogin(), form.getDisplayName(), form.getPassword());
                    flash.addFlashAttribute("flash", "platform.register.received");
                    return "redirect:/login";
                });
    }
}
