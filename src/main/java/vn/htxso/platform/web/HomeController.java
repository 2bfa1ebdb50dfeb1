package vn.htxso.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.platform.CurrentUser;

/** The start page: what HTX Số offers, and for a signed-in user the way into their work. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        return "platform/home";
    }

    /** The sign-in page; after a failure it says why (wrong password, locked account, throttled address). */
    @GetMapping("/login")
    String login(CurrentUser user, @RequestParam(required = false) String error, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("loginError", "platform.login.error."
                    + (LOGIN_ERRORS.contains(error) ? error : "bad"));
        }
        return "platform/login";
    }

    private static final java.util.Set<String> LOGIN_ERRORS = java.util.Set.of("bad", "locked", "address", "disabled");
}
