package vn.htxso.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.UnlockLinks;

/**
 * The e-mailed unlock link: the link opens a page (a mail scanner that follows links changes nothing), its button
 * lifts the lock. An unknown, used or expired link says so.
 */
@Controller
class UnlockController {

    private final UnlockLinks links;

    UnlockController(UnlockLinks links) {
        this.links = links;
    }

    @GetMapping("/login/unlock")
    String page(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        boolean valid = links.valid(token);
        model.addAttribute("token", token);
        model.addAttribute("valid", valid);
        if (!valid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "platform/unlock";
    }

    @PostMapping("/login/unlock")
    String unlock(@RequestParam(required = false) String token, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        if (!links.use(token)) {
            model.addAttribute("token", token);
            model.addAttribute("valid", false);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "platform/unlock";
        }
        flash.addFlashAttribute("flash", "platform.unlock.done");
        return "redirect:/login";
    }
}
