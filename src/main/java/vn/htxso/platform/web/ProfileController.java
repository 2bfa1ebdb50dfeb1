package vn.htxso.platform.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;

/** The user's own page: who they are, their language, their personal API tokens. */
@Controller
class ProfileController {

    private final Accounts accounts;

    ProfileController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/profile")
    String profile(CurrentUser user, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("account", accounts.byId(user.id()));
        model.addAttribute("tokens", accounts.tokensOf(user));
        return "platform/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(CurrentUser user, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
                       Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return profile(user, model);
        }
        flash.addFlashAttribute("createdToken", accounts.createToken(user, form.getName()));
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        accounts.revokeToken(user, id);
        flash.addFlashAttribute("flash", "platform.profile.tokens.revoked");
        return "redirect:/profile";
    }

    /** The name of a new token. */
    static class TokenForm {
        @NotBlank(message = "{platform.profile.tokens.name.required}")
        @Size(max = 80, message = "{platform.profile.tokens.name.size}")
        @vn.htxso.platform.PlainName
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
