package vn.htxso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.internal.Accounts;

/** A buyer signs up and is signed in at once. */
@Controller
class RegistrationController {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

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
        return FormSubmission.of(result, response)
                .onFailure(() -> "platform/register")
                .submit(() -> {
                    accounts.registerBuyer(form.getLogin(), form.getDisplayName(), form.getPassword());
                    signIn(form.getLogin(), request, response);
                    flash.addFlashAttribute("flash", "platform.register.done");
                    return "redirect:/";
                });
    }

    private void signIn(String login, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = accounts.byUsername(login.strip()).orElseThrow().toCurrentUser();
        var principal = new SignedUpPrincipal(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                user.roles().stream().map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }

    /** The principal of a buyer who just signed up (the same shape as a password sign-in's). */
    record SignedUpPrincipal(CurrentUser currentUser) implements vn.htxso.platform.CurrentUsers.HasCurrentUser,
            java.io.Serializable {
        @Override
        public String toString() {
            return currentUser.username();
        }
    }
}
